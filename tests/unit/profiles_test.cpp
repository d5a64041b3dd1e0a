#include "dom.hpp"
#include "profiles.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "embedded_profiles.hpp"

namespace {

using warta::ProfileSet;
using warta::detail::parse_profile;
using warta::detail::Field;

// Loads `json` as profile `name` on top of `base`, failing the test on an error.
std::shared_ptr<const ProfileSet> load(const ProfileSet& base, const std::string& name, const std::string& json) {
  const warta::ProfileLoad loaded = warta::load_profile(base, name, json);
  INFO(loaded.error);
  REQUIRE(loaded);
  return loaded.set;
}

}  // namespace

TEST_CASE("profiles: strict errors name the profile and the key") {
  struct Case {
    const char* json;
    const char* error;
  };
  const Case cases[] = {
      {R"({"hosts": [], "host": "x.com"})", "profile p: unknown key 'host'"},
      {R"({"hosts": [], "fields": {"hedline": ["h1"]}})", "profile p: unknown key 'fields.hedline'"},
      {R"({"hosts": [], "fields": {"headline": [{"selector": "h1", "attr": "x"}]}})",
       "profile p: unknown key 'fields.headline[0].attr'"},
      {R"({"hosts": [], "pagination": {"all": "page=all"}})", "profile p: unknown key 'pagination.all'"},
      {R"({"hosts": [], "fields": {"headline": ["h1.title", "h1:first-child"]}})",
       "profile p: fields.headline[1]: pseudo-class ':first-child' is not supported"},
      {R"({"hosts": [], "fields": {"body": [{"selector": "div + p"}]}})",
       "profile p: fields.body[0].selector: combinator '+' is not supported"},
      {R"({"hosts": [], "drop": [".ads", "[class"]})", "profile p: drop[1]: unbalanced '['"},
      {R"({"hosts": [], "pagination": {"next": "a:last-child"}})", "profile p: pagination.next: pseudo-class"},
      {R"({"hosts": "kompas.com"})", "profile p: 'hosts' must be an array of strings"},
      {R"({"hosts": [1]})", "profile p: 'hosts[0]' must be a non-blank string"},
      {R"({"hosts": ["https://kompas.com/"]})", "profile p: 'hosts[0]' must be a host name"},
      {R"({"hosts": [".kompas.com"]})", "profile p: 'hosts[0]' must be a host name"},
      {R"({"hosts": ["kompas..com"]})", "profile p: 'hosts[0]' must be a host name"},
      {R"({"hosts": ["kompas.com:80"]})", "profile p: 'hosts[0]' must be a host name"},
      {R"({"verified": "yes", "hosts": []})", "profile p: 'verified' must be true or false"},
      {R"({"hosts": [], "timezone": 7})", "profile p: 'timezone' must be a string"},
      {R"({"hosts": [], "timezone": "WEST"})", "profile p: 'timezone' must be WIB, WITA, WIT or an offset"},
      {R"({"hosts": [], "timezone": "+8"})", "profile p: 'timezone' must be WIB"},
      {R"({"hosts": [], "timezone": "+15:00"})", "profile p: 'timezone' must be WIB"},
      {R"({"hosts": [], "fields": []})", "profile p: 'fields' must be an object"},
      {R"({"hosts": [], "fields": {"headline": "h1"}})", "profile p: 'fields.headline' must be an array"},
      {R"({"hosts": [], "fields": {"headline": [7]}})", "profile p: 'fields.headline[0]' must be a selector string"},
      {R"({"hosts": [], "fields": {"headline": [{"attribute": "content"}]}})",
       "profile p: missing key 'fields.headline[0].selector'"},
      {R"({"hosts": [], "fields": {"headline": [{"selector": "meta", "attribute": ""}]}})",
       "profile p: 'fields.headline[0].attribute' must be an attribute name"},
      {R"({"hosts": [], "fields": {"headline": [{"selector": "meta", "attribute": 1}]}})",
       "profile p: 'fields.headline[0].attribute' must be a string"},
      {R"({"hosts": [], "script_fields": ["tag"]})", "profile p: 'script_fields' must be an object"},
      {R"({"hosts": [], "script_fields": {"headline": ["title"]}})", "profile p: unknown key 'script_fields.headline'"},
      {R"({"hosts": [], "script_fields": {"tags": "tag"}})", "profile p: 'script_fields.tags' must be an array of strings"},
      {R"({"hosts": [], "script_fields": {"editor": [""]}})", "profile p: 'script_fields.editor[0]' must be a non-blank"},
      {R"({"hosts": [], "sources": []})", "profile p: 'sources' must be an object"},
      {R"({"hosts": [], "sources": {"byline": ["profile"]}})", "profile p: unknown key 'sources.byline'"},
      {R"({"hosts": [], "sources": {"headlne": null}})", "profile p: unknown key 'sources.headlne'"},
      {R"({"hosts": [], "sources": {"section": "profile"}})", "profile p: 'sources.section' must be null or an array"},
      {R"({"hosts": [], "sources": {"section": [1]}})", "profile p: 'sources.section[0]' must be a source name"},
      {R"({"hosts": [], "sources": {"section": ["breadcrumb"]}})",
       "profile p: 'sources.section[0]' must be one of \"profile\", \"script data\", \"generic breadcrumb\""},
      {R"({"hosts": [], "sources": {"tags": ["profile", "profile"]}})", "profile p: repeated source 'sources.tags[1]'"},
      {R"({"hosts": [], "drop": ".ads"})", "profile p: 'drop' must be an array of selector strings"},
      {R"({"hosts": [], "drop": [3]})", "profile p: 'drop[0]' must be a selector string"},
      {R"({"hosts": [], "boilerplate": ["Baca juga", " "]})", "profile p: 'boilerplate[1]' must be a non-blank string"},
      {R"({"hosts": [], "stop_phrases": [""]})", "profile p: 'stop_phrases[0]' must be a non-blank string"},
      {R"({"hosts": [], "site_suffixes": " - X"})", "profile p: 'site_suffixes' must be an array of strings"},
      {R"({"hosts": [], "section_blocklist": [null]})", "profile p: 'section_blocklist[0]' must be a non-blank"},
      {R"({"hosts": [], "dateline_style": "JAKARTA -"})", "profile p: 'dateline_style' must be an array of strings"},
      {R"({"hosts": [], "dateline_style": ["city_dash", "city_hyphen"]})",
       "profile p: 'dateline_style[1]' must be one of city_dash, outlet_dash, city_outlet_dash"},
      {R"({"hosts": [], "url_dates": ["yyyy/mm/dd"]})", "profile p: 'url_dates[0]' must be one of iso_segment"},
      {R"({"hosts": [], "pager_text": "numbers"})", "profile p: 'pager_text' must be one of labelled, any, none"},
      {R"({"hosts": [], "utc_marker_holds_local_time": "yes"})",
       "profile p: 'utc_marker_holds_local_time' must be true or false"},
      {R"({"hosts": [], "organisations": [""]})", "profile p: 'organisations[0]' must be a non-blank string"},
      {R"({"hosts": [], "caption_wire_prefixes": "AFP/"})", "profile p: 'caption_wire_prefixes' must be an array"},
      {R"({"hosts": [], "image_hosts": ["https://img.contoh.com"]})", "profile p: 'image_hosts[0]' must be a host name"},
      {R"({"hosts": [], "notes": 1})", "profile p: 'notes' must be a string"},
      {R"({"hosts": [], "pagination": "page=all"})", "profile p: 'pagination' must be an object"},
      {R"({"hosts": [], "pagination": {"page_param": ""}})", "profile p: 'pagination.page_param' must be a non-empty"},
      {R"({"hosts": [], "pagination": {"next": 1}})", "profile p: 'pagination.next' must be a selector string"},
      {R"({"verified": true})", "profile p: missing key 'hosts'"},
      {R"({"hosts": [], "hosts": ["a.com"]})", "profile p: repeated key 'hosts'"},
      {R"({"hosts": [], "fields": {"tags": ["a"], "tags": ["b"]}})", "profile p: repeated key 'tags'"},
      {R"(["hosts"])", "profile p: must be a JSON object"},
      {R"({"hosts": [],})", "profile p: invalid JSON"},
      {R"({"hosts": [] // comment
          })",
       "profile p: invalid JSON"},
      {"", "profile p: invalid JSON"},
      {"{\"hosts\": [\"\xff\"]}", "profile p: invalid JSON"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.json);
    std::string error;
    CHECK_FALSE(parse_profile("p", c.json, &error).has_value());
    CHECK_THAT(error, Catch::Matchers::StartsWith(c.error));
    CHECK_FALSE(parse_profile("p", c.json, nullptr).has_value());
  }
}

TEST_CASE("profiles: a full profile is read into its fields") {
  const char* json = R"({
    "verified": false,
    "hosts": ["Example.CO.ID", "contoh.com"],
    "timezone": "WITA",
    "fields": {
      "headline": ["h1.title", {"selector": "meta[property=\"og:title\"]", "attribute": "Content"}],
      "tags": []
    },
    "script_fields": {"editor": ["editors"], "tags": ["tag", "tags"], "author": []},
    "sources": {"subheadline": null, "section": ["metadata article:section", "profile"], "tags": []},
    "drop": [".ads", "div.related"],
    "boilerplate": ["Baca juga"],
    "stop_phrases": ["Simak Video"],
    "site_suffixes": [" - Contoh"],
    "section_blocklist": ["News"],
    "dateline_style": ["city_outlet_dash", "city_dash"],
    "organisations": ["Contoh TV"],
    "organisation_prefixes": ["contoh"],
    "caption_credit_markers": ["Dok. Contoh"],
    "caption_wire_prefixes": ["CONTOH/"],
    "url_dates": ["year_month_day"],
    "pager_text": "any",
    "utc_marker_holds_local_time": true,
    "image_hosts": ["img.contoh.com"],
    "template_markers": ["window.contohData"],
    "pagination": {"all_param": "page=all", "page_param": "page", "single_param": "single=1", "next": "a.next"},
    "notes": "invented for the test"
  })";
  std::string error;
  const auto profile = parse_profile("contoh", json, &error);
  INFO(error);
  REQUIRE(profile.has_value());
  CHECK(profile->name == "contoh");
  CHECK_FALSE(profile->verified);
  CHECK(profile->hosts == std::vector<std::string>{"example.co.id", "contoh.com"});
  CHECK(profile->offset_minutes == 480);
  REQUIRE(profile->fields.count(Field::headline) == 1);
  const auto& headline = profile->fields.at(Field::headline);
  REQUIRE(headline.size() == 2);
  CHECK(headline[0].selector.text() == "h1.title");
  CHECK_FALSE(headline[0].attribute.has_value());
  CHECK(headline[1].selector.text() == "meta[property=\"og:title\"]");
  CHECK(headline[1].attribute == "content");
  CHECK(profile->fields.count(Field::tags) == 0);  // an empty list means no rules
  CHECK(profile->script_fields == std::map<Field, std::vector<std::string>>{{Field::editor, {"editors"}},
                                                                           {Field::tags, {"tag", "tags"}}});
  // null and [] switch a field off; a list orders the plan's sources.
  CHECK(profile->sources == std::map<Field, std::vector<std::string>>{
                                {Field::subheadline, {}},
                                {Field::section, {"metadata article:section", "profile"}},
                                {Field::tags, {}}});
  REQUIRE(profile->drop.size() == 2);
  CHECK(profile->drop[1].text() == "div.related");
  CHECK(profile->boilerplate == std::vector<std::string>{"Baca juga"});
  CHECK(profile->stop_phrases == std::vector<std::string>{"Simak Video"});
  CHECK(profile->site_suffixes == std::vector<std::string>{" - Contoh"});
  CHECK(profile->section_blocklist == std::vector<std::string>{"News"});
  using warta::detail::DatelineShape;
  const warta::detail::DeclaredConventions& conventions = profile->conventions;
  CHECK(conventions.dateline_shapes ==
        std::vector<DatelineShape>{DatelineShape::city_outlet_dash, DatelineShape::city_dash});
  CHECK(conventions.organisations == std::vector<std::string>{"contoh tv"});
  CHECK(conventions.organisation_prefixes == std::vector<std::string>{"contoh"});
  CHECK(conventions.credit_markers == std::vector<std::string>{"dok. contoh"});
  CHECK(conventions.wire_prefixes == std::vector<std::string>{"CONTOH/"});
  CHECK(conventions.url_dates == std::vector<warta::detail::UrlDatePattern>{warta::detail::UrlDatePattern::year_month_day});
  CHECK(conventions.pager_text == warta::detail::PagerText::any);
  CHECK(conventions.utc_marker_holds_local_time == true);
  CHECK(profile->image_hosts == std::vector<std::string>{"img.contoh.com"});
  CHECK(profile->template_markers == std::vector<std::string>{"window.contohData"});
  CHECK(profile->pagination == std::map<std::string, std::string>{
                                   {"all_param", "page=all"}, {"page_param", "page"}, {"single_param", "single=1"}});
  REQUIRE(profile->next_page.has_value());
  CHECK(profile->next_page->text() == "a.next");
}

TEST_CASE("profiles: timezone names and offsets") {
  struct Case {
    const char* timezone;
    int minutes;
  };
  const Case cases[] = {
      {"WIB", 420}, {"WITA", 480}, {"WIT", 540}, {"+07:00", 420}, {"+08:00", 480}, {"-03:30", -210}, {"+00:00", 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.timezone);
    std::string error;
    const auto profile = parse_profile("p", std::string(R"({"hosts": [], "timezone": ")") + c.timezone + "\"}", &error);
    INFO(error);
    REQUIRE(profile.has_value());
    CHECK(profile->offset_minutes == c.minutes);
  }
  const auto without = parse_profile("p", R"({"hosts": []})", nullptr);
  REQUIRE(without.has_value());
  CHECK_FALSE(without->offset_minutes.has_value());
}

TEST_CASE("profiles: builtin loads every embedded profile") {
  std::vector<std::string> embedded_names;
  for (const auto& embedded : warta::detail::embedded_profiles()) {
    CAPTURE(embedded.name);
    std::string error;
    const auto profile = parse_profile(embedded.name, embedded.json, &error);
    CHECK(error.empty());
    CHECK(profile.has_value());
    embedded_names.emplace_back(embedded.name);
  }
  std::sort(embedded_names.begin(), embedded_names.end());
  const ProfileSet builtin = ProfileSet::builtin();
  CHECK(builtin.names() == embedded_names);
  const auto& data = builtin.data();
  REQUIRE(data.shared != nullptr);
  CHECK(data.shared->name == "indonesia");
  CHECK(data.shared->hosts.empty());
  CHECK_FALSE(data.shared->boilerplate.empty());
  CHECK(data.by_name("indonesia") == data.shared);
  REQUIRE(data.by_name("kompas.com") != nullptr);
  CHECK(data.by_name("kompas.com")->offset_minutes == 420);
  CHECK(data.by_name("kompas") == nullptr);
  CHECK(data.by_name("") == nullptr);
  // Built once: every call shares the same data.
  CHECK(&ProfileSet::builtin().data() == &data);
}

TEST_CASE("profiles: hosts match on label boundaries, longest wins") {
  auto set = load(ProfileSet::builtin(), "republika.co.id", R"({"hosts": ["republika.co.id"]})");
  set = load(*set, "contoh", R"({"hosts": ["contoh.co.id", "news.example.com"]})");
  set = load(*set, "contoh-bola", R"({"hosts": ["bola.contoh.co.id"]})");
  set = load(*set, "example", R"({"hosts": ["example.com"]})");
  struct Case {
    const char* url;
    const char* profile;
  };
  const Case cases[] = {
      {"https://money.kompas.com/read/2023/11/02/1/x", "kompas.com"},
      {"https://www.kompas.com/", "kompas.com"},
      {"http://kompas.com", "kompas.com"},
      {"https://KOMPAS.COM/read", "kompas.com"},
      {"https://user:pw@nasional.kompas.com:8443/x?y=1#z", "kompas.com"},
      {"//regional.kompas.com/read/1", "kompas.com"},
      {"kompas.com/read/1", "kompas.com"},
      {"https://kompas.com./x", "kompas.com"},
      {"https://notkompas.com/read", ""},
      {"https://kompas.com.evil.net/read", ""},
      {"https://kompas.co.id/", ""},
      {"https://www.republika.co.id/berita/1", "republika.co.id"},
      {"https://republika.co.id", "republika.co.id"},
      {"https://co.id/", ""},
      {"https://contoh.co.id/a", "contoh"},
      {"https://bola.contoh.co.id/a", "contoh-bola"},
      {"https://liga.bola.contoh.co.id/a", "contoh-bola"},
      {"https://xbola.contoh.co.id/a", "contoh"},
      {"https://example.com/a", "example"},
      {"https://news.example.com/a", "contoh"},
      {"https://www.news.example.com/a", "contoh"},
      {"https://sport.example.com/a", "example"},
      {"", ""},
      {"https://", ""},
      {"not a url", ""},
      {"mailto:redaksi@kompas.com", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.url);
    CHECK(set->match(c.url) == c.profile);
    const warta::detail::Profile* profile = set->data().for_url(c.url);
    CHECK((profile != nullptr ? profile->name : std::string()) == c.profile);
  }
}

TEST_CASE("profiles: the shared profile matches no host") {
  const ProfileSet builtin = ProfileSet::builtin();
  CHECK(builtin.match("https://indonesia.go.id/") == "");
  CHECK(builtin.match("https://example.org/") == "");
}

TEST_CASE("profiles: without and shared_only switch outlet profiles off, never the shared one") {
  const ProfileSet base = ProfileSet::builtin();
  const ProfileSet generic = base.shared_only();
  CHECK(generic.names() == std::vector<std::string>{"indonesia"});
  REQUIRE(generic.data().shared != nullptr);
  CHECK(generic.match("https://money.kompas.com/read") == "");
  CHECK(base.match("https://money.kompas.com/read") == "kompas.com");

  const ProfileSet left_out = base.without("kompas.com");
  CHECK(left_out.names().size() == base.names().size() - 1);
  CHECK(left_out.match("https://money.kompas.com/read") == "");
  CHECK(left_out.match("https://www.detik.com/a") == "detik.com");
  CHECK(base.without("indonesia").data().shared != nullptr);  // the shared profile stays
  CHECK(base.without("no-such-outlet").names() == base.names());
}

TEST_CASE("profiles: load_profile adds or replaces and keeps the base unchanged") {
  const ProfileSet base = ProfileSet::builtin();
  const std::vector<std::string> base_names = base.names();

  const auto added = load(base, "contoh", R"({"hosts": ["contoh.com"]})");
  CHECK(added->match("https://contoh.com/a") == "contoh");
  CHECK(added->names().size() == base_names.size() + 1);
  CHECK(added->data().shared != nullptr);
  CHECK(added->data().shared->name == "indonesia");
  CHECK(base.match("https://contoh.com/a") == "");
  CHECK(base.names() == base_names);

  const auto replaced = load(*added, "kompas.com", R"({"hosts": ["kompas.id"], "timezone": "WIT"})");
  CHECK(replaced->names() == added->names());
  CHECK(replaced->match("https://www.kompas.id/baca") == "kompas.com");
  CHECK(replaced->match("https://money.kompas.com/read") == "");
  CHECK(replaced->data().by_name("kompas.com")->offset_minutes == 540);
  CHECK(added->match("https://money.kompas.com/read") == "kompas.com");
  CHECK(base.match("https://money.kompas.com/read") == "kompas.com");
  CHECK(base.data().by_name("kompas.com")->offset_minutes == 420);

  // Replacing the shared profile points `shared` at the new one.
  const auto shared = load(base, "indonesia", R"({"hosts": [], "boilerplate": ["Iklan"]})");
  REQUIRE(shared->data().shared != nullptr);
  CHECK(shared->data().shared->boilerplate == std::vector<std::string>{"Iklan"});
  CHECK(base.data().shared->boilerplate.size() > 1);
}

TEST_CASE("profiles: load_profile reports errors and returns no set") {
  const ProfileSet base = ProfileSet::builtin();
  struct Case {
    const char* name;
    const char* json;
    const char* error;
  };
  const Case cases[] = {
      {"contoh", R"({"hosts": [], "extra": 1})", "profile contoh: unknown key 'extra'"},
      {"contoh", "{", "profile contoh: invalid JSON"},
      {"", R"({"hosts": []})", "profile name is empty"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name, c.json);
    const warta::ProfileLoad loaded = warta::load_profile(base, c.name, c.json);
    CHECK_FALSE(loaded);
    CHECK(loaded.set == nullptr);
    CHECK_THAT(loaded.error, Catch::Matchers::StartsWith(c.error));
  }
}

TEST_CASE("profiles: a template family is recognised by its script data, not its host") {
  const warta::ProfileSet builtin = warta::ProfileSet::builtin();
  const auto& data = builtin.data();
  const warta::detail::Document sister(
      "<script>window.kmklabs = {}; window.kmklabs.article = {\"editors\":\"A\"};</script><p>Teks</p>");
  const warta::detail::Profile* family = data.for_template(sister);
  REQUIRE(family != nullptr);
  CHECK(family->name == "kly-family");
  const warta::detail::Document mentions_only("<p>window.kmklabs is named in the text</p>");
  CHECK(data.for_template(mentions_only) == nullptr);
  const warta::detail::Document other("<script>window.dataLayer = [];</script>");
  CHECK(data.for_template(other) == nullptr);
  CHECK(data.for_url("https://www.kabarsatwa.example/read/1/judul") == nullptr);
}
