// The class/id vocabulary: English words from Readability, Indonesian ones from the outlets' markup.
#include "extract/vocabulary.hpp"

#include <array>

namespace warta::detail {
namespace {

constexpr unsigned kContent = 1u << static_cast<unsigned>(ClassWords::content);
constexpr unsigned kNotContent = 1u << static_cast<unsigned>(ClassWords::not_content);
constexpr unsigned kForeignCredit = 1u << static_cast<unsigned>(ClassWords::foreign_credit);
constexpr unsigned kTeaserBox = 1u << static_cast<unsigned>(ClassWords::teaser_box);
constexpr unsigned kTagList = 1u << static_cast<unsigned>(ClassWords::tag_list);
constexpr unsigned kSiteChrome = 1u << static_cast<unsigned>(ClassWords::site_chrome);
constexpr unsigned kPageFrame = 1u << static_cast<unsigned>(ClassWords::page_frame);
constexpr unsigned kSignupBox = 1u << static_cast<unsigned>(ClassWords::signup_box);

struct ClassWord {
  std::string_view word;
  unsigned uses;  // bits of ClassWords
};

constexpr ClassWord kClassWords[] = {
    {"article", kContent},
    {"artikel", kContent},
    {"body", kContent},
    {"content", kContent},
    {"konten", kContent},
    {"entry", kContent},
    {"main", kContent},
    {"post", kContent},
    {"text", kContent},
    {"txt", kContent},
    {"detail", kContent},
    {"isi", kContent},
    {"story", kContent},
    {"berita", kContent},
    {"news", kContent},
    {"read", kContent},
    {"baca", kContent},
    {"itp_bodycontent", kContent},
    {"page-content", kContent},
    {"comment", kNotContent | kForeignCredit},
    {"komentar", kNotContent | kForeignCredit},
    {"footer", kNotContent | kPageFrame},
    {"sidebar", kNotContent | kForeignCredit | kTeaserBox | kSiteChrome},
    {"side-", kNotContent},
    {"related", kNotContent | kForeignCredit | kTeaserBox},
    {"terkait", kNotContent | kForeignCredit | kTeaserBox},
    {"populer", kNotContent | kForeignCredit | kTeaserBox | kSiteChrome},
    {"popular", kNotContent | kForeignCredit | kTeaserBox | kSiteChrome},
    {"rekomendasi", kNotContent | kForeignCredit | kTeaserBox},
    {"recommend", kNotContent | kForeignCredit | kTeaserBox},
    {"widget", kNotContent | kForeignCredit | kTeaserBox | kSiteChrome},
    {"share", kNotContent},
    {"sosmed", kNotContent},
    {"social", kNotContent},
    {"nav", kNotContent | kSiteChrome},
    {"menu", kNotContent | kSiteChrome},
    {"banner", kNotContent},
    {"iklan", kNotContent},
    {"ads", kNotContent},
    {"advert", kNotContent},
    {"promo", kNotContent},
    {"sponsor", kNotContent},
    {"breadcrumb", kNotContent},
    {"tag", kNotContent | kTagList},
    {"topik", kNotContent | kTagList},
    {"trending", kNotContent | kForeignCredit | kTeaserBox | kSiteChrome},
    {"terpopuler", kNotContent | kSiteChrome},
    {"newsletter", kNotContent | kSignupBox},
    {"subscribe", kNotContent},
    {"footnote", kNotContent},
    {"hidden", kNotContent},
    {"modal", kNotContent},
    {"popup", kNotContent},
    {"login", kNotContent},
    {"masthead", kNotContent},
    {"header", kNotContent | kPageFrame},
    {"terkini", kNotContent | kForeignCredit},
    {"latest", kNotContent | kForeignCredit | kTeaserBox},
    {"paging", kNotContent},
    {"pagination", kNotContent},
    {"author", kNotContent},
    {"caption", kNotContent},
    {"photo", kNotContent},
    {"foto", kNotContent},
    {"gallery", kNotContent},
    {"bio", kForeignCredit},
    {"about", kForeignCredit},
    {"tentang", kForeignCredit},
    {"baca-juga", kTeaserBox},
    {"bacajuga", kTeaserBox},
    {"terbaru", kTeaserBox},
    {"tags", kTagList},
    {"tagging", kTagList},
    {"topic", kTagList},
    {"topics", kTagList},
    {"keyword", kTagList},
    {"keywords", kTagList},
    {"hashtag", kTagList},
    {"terhangat", kSiteChrome},
    {"hot", kSiteChrome},
    {"navbar", kSiteChrome},
    {"cloud", kSiteChrome},
    {"tagcloud", kSiteChrome},
};

std::vector<std::string_view> words_of(ClassWords use) {
  std::vector<std::string_view> words;
  for (const ClassWord& entry : kClassWords) {
    if ((entry.uses & (1u << static_cast<unsigned>(use))) != 0) words.push_back(entry.word);
  }
  return words;
}

}  // namespace

const std::vector<std::string_view>& class_words(ClassWords use) {
  static const std::array<std::vector<std::string_view>, 8> kByUse = {
      words_of(ClassWords::content),     words_of(ClassWords::not_content), words_of(ClassWords::foreign_credit),
      words_of(ClassWords::teaser_box),  words_of(ClassWords::tag_list),    words_of(ClassWords::site_chrome),
      words_of(ClassWords::page_frame),  words_of(ClassWords::signup_box)};
  return kByUse[static_cast<std::size_t>(use)];
}

}  // namespace warta::detail
