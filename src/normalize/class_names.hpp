#pragma once
// Classifiers of class and id values ("does this element's name say caption or credit?"), apart from the
// caption normaliser that splits a caption's text.

#include <string_view>

namespace warta::detail {

// True when a class or id value names a photo caption: a word holding "caption" or "keterangan"
// ("wp-caption-text", "photo__caption", "caption_news"), or an image word joined to a description
// word ("foto-desc", "photodesc", "ket-foto", "img-desc"). For pages without a profile.
bool names_caption(std::string_view class_or_id);

// True when a class or id value names a photo credit ("credit", "photo__author", "copyright",
// "sumber-foto", "fotografer").
bool names_credit(std::string_view class_or_id);

}  // namespace warta::detail
