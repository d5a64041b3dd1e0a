#pragma once
// The words the readers look for in class and id values, in one table (vocabulary.cpp) with the
// subset each reader uses, so that a word one reader learns is visible to the others.

#include <string_view>
#include <vector>

namespace warta::detail {

// A reader's use of class/id words. Substring uses match inside a value ("box-baca-juga-2");
// word uses match one of its words ("tag-links" has the words "tag" and "links").
enum class ClassWords {
  content,         // generic.cpp, substring: a container of the article's text
  not_content,     // generic.cpp, substring: furniture, never the content root
  foreign_credit,  // credits.cpp, substring: credits of other articles, readers or bios
  teaser_box,      // captions.cpp, substring: related-article boxes with captioned thumbnails
  tag_list,        // tags.cpp, word: the container of the article's own tag list
  site_chrome,     // tags.cpp, word: widgets whose links are not the article's tags
  page_frame,      // tags.cpp, word: a page-level header or footer
  signup_box,      // generic.cpp, substring: a newsletter sign-up box, whose pitch is a sentence
};

// The words of one use, in table order.
const std::vector<std::string_view>& class_words(ClassWords use);

}  // namespace warta::detail
