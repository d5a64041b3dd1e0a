#include "profiles.hpp"
#include "ascii.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <memory>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "embedded_profiles.hpp"
#include "extract/plan.hpp"
#include "indonesian.hpp"
#include "normalize/text.hpp"
#include "script_data.hpp"
#include "url.hpp"

namespace warta::detail {
namespace {

using nlohmann::json;

constexpr std::array<Field, 16> kRuleFields = {
    Field::headline,  Field::subheadline, Field::section, Field::tags,     Field::byline,         Field::author,
    Field::editor,    Field::reporter,    Field::published, Field::updated, Field::body,         Field::captions,
    Field::caption_credit, Field::lead_image, Field::canonical, Field::site_name};

// Fields an inline script data object may declare: lists and roles, the values KLY pages keep there.
constexpr std::array<Field, 6> kScriptFields = {Field::tags,   Field::section,  Field::author,
                                                Field::editor, Field::reporter, Field::photographer};

constexpr std::array<std::string_view, 3> kPaginationParameters = {"all_param", "page_param", "single_param"};

template <typename T, std::size_t N>
bool is_one_of(const T& word, const std::array<T, N>& words) noexcept {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// The field a profile key names when it is one of `allowed`.
template <std::size_t N>
std::optional<Field> allowed_field(std::string_view name, const std::array<Field, N>& allowed) noexcept {
  const std::optional<Field> field = field_from_name(name);
  return field && is_one_of(*field, allowed) ? field : std::nullopt;
}


// Minutes east of UTC for a zone name ("WIB", "WITA", "WIT", "UTC") or "+HH:MM" / "-HH:MM".
std::optional<int> timezone_offset(std::string_view text) noexcept {
  if (const auto zone = indonesian::zone_offset_minutes(text)) return zone;
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':' || !is_ascii_digit(text[1]) ||
      !is_ascii_digit(text[2]) || !is_ascii_digit(text[4]) || !is_ascii_digit(text[5])) {
    return std::nullopt;
  }
  const int hours = (text[1] - '0') * 10 + (text[2] - '0');
  const int minutes = (text[4] - '0') * 10 + (text[5] - '0');
  if (hours > 14 || minutes > 59) return std::nullopt;
  const int offset = hours * 60 + minutes;
  return text[0] == '-' ? -offset : offset;
}

// Lower-case DNS name: letters, digits, '-' and dots between non-empty labels.
bool is_host_name(std::string_view host) noexcept {
  if (host.empty() || host.front() == '.' || host.back() == '.' || host.find("..") != std::string_view::npos) {
    return false;
  }
  return std::all_of(host.begin(), host.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || is_ascii_digit(c) || c == '-' || c == '.'; });
}

bool is_blank(std::string_view text) noexcept {
  return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// `host` is `profile_host` or a subdomain of it: "money.kompas.com" and "kompas.com" match
// "kompas.com", "notkompas.com" does not.
bool host_matches(std::string_view host, std::string_view profile_host) noexcept {
  if (host.size() == profile_host.size()) return host == profile_host;
  return host.size() > profile_host.size() && host.ends_with(profile_host) &&
         host[host.size() - profile_host.size() - 1] == '.';
}

// Reads one profile's JSON into a Profile, stopping at the first error.
class ProfileReader {
 public:
  ProfileReader(std::string_view name, std::string* error) : name_(name), error_(error) {}

  std::optional<Profile> read(std::string_view json_text) {
    json root;
    if (!parse_json(json_text, root)) return std::nullopt;
    if (!root.is_object()) return fail_none("must be a JSON object");
    if (!root.contains("hosts")) return fail_none("missing key 'hosts'");
    Profile profile;
    profile.name.assign(name_);
    for (const auto& [key, value] : root.items()) {
      if (!read_key(key, value, profile)) return std::nullopt;
    }
    return profile;
  }

 private:
  bool fail(std::string_view message) {
    if (error_ != nullptr) *error_ = "profile " + std::string(name_) + ": " + std::string(message);
    return false;
  }
  std::nullopt_t fail_none(std::string_view message) {
    fail(message);
    return std::nullopt;
  }
  bool fail_type(const std::string& key, std::string_view expected) {
    return fail("'" + key + "' must be " + std::string(expected));
  }
  bool fail_unknown(const std::string& key) { return fail("unknown key '" + key + "'"); }

  // Parses JSON, rejecting repeated keys in any object (nlohmann would keep the last silently).
  bool parse_json(std::string_view json_text, json& out) {
    std::vector<std::set<std::string>> open_objects;
    std::string repeated;
    const json::parser_callback_t track_keys = [&](int, json::parse_event_t event, json& parsed) {
      if (event == json::parse_event_t::object_start) {
        open_objects.emplace_back();
      } else if (event == json::parse_event_t::object_end) {
        open_objects.pop_back();
      } else if (event == json::parse_event_t::key && !open_objects.empty()) {
        const auto& key = parsed.get_ref<const std::string&>();
        if (!open_objects.back().insert(key).second && repeated.empty()) repeated = key;
      }
      return true;
    };
    try {
      out = json::parse(json_text.begin(), json_text.end(), track_keys);
    } catch (const json::exception& e) {
      return fail(std::string("invalid JSON: ") + e.what());
    }
    if (!repeated.empty()) return fail("repeated key '" + repeated + "'");
    return true;
  }

  bool read_key(const std::string& key, const json& value, Profile& profile) {
    if (key == "verified") {
      if (!value.is_boolean()) return fail_type(key, "true or false");
      profile.verified = value.get<bool>();
      return true;
    }
    if (key == "hosts") return read_hosts(key, value, profile.hosts);
    if (key == "timezone") return read_timezone(value, profile.offset_minutes);
    if (key == "fields") return read_fields(value, profile.fields);
    if (key == "script_fields") return read_script_fields(value, profile.script_fields);
    if (key == "sources") return read_sources(value, profile.sources);
    if (key == "drop") return read_selectors(key, value, profile.drop);
    if (key == "boilerplate") return read_phrases(key, value, profile.boilerplate);
    if (key == "stop_phrases") return read_phrases(key, value, profile.stop_phrases);
    if (key == "site_suffixes") return read_phrases(key, value, profile.site_suffixes);
    if (key == "section_blocklist") return read_phrases(key, value, profile.section_blocklist);
    if (key == "pagination") return read_pagination(value, profile);
    if (key == "image_hosts") return read_hosts(key, value, profile.image_hosts);
    if (key == "template_markers") return read_phrases(key, value, profile.template_markers);
    if (key == "dateline_style") {
      return read_names(key, value, dateline_shape_named, dateline_shape_names, profile.conventions.dateline_shapes.emplace());
    }
    if (key == "url_dates") {
      return read_names(key, value, url_date_pattern_named, url_date_pattern_names, profile.conventions.url_dates.emplace());
    }
    if (key == "pager_text") return read_pager_text(value, profile.conventions.pager_text);
    if (key == "utc_marker_holds_local_time") {
      if (!value.is_boolean()) return fail_type(key, "true or false");
      profile.conventions.utc_marker_holds_local_time = value.get<bool>();
      return true;
    }
    if (key == "organisations") return read_lower_phrases(key, value, profile.conventions.organisations);
    if (key == "organisation_prefixes") return read_lower_phrases(key, value, profile.conventions.organisation_prefixes);
    if (key == "caption_credit_markers") return read_lower_phrases(key, value, profile.conventions.credit_markers);
    if (key == "caption_wire_prefixes") return read_phrases(key, value, profile.conventions.wire_prefixes);
    if (key == "notes") {
      std::string notes;  // documentation for people; the extractor has no use for it
      return read_string(key, value, notes);
    }
    return fail_unknown(key);
  }

  bool read_string(const std::string& key, const json& value, std::string& out) {
    if (!value.is_string()) return fail_type(key, "a string");
    out = value.get<std::string>();
    return true;
  }

  // An array of phrases; a blank phrase would match every block, so it is an error.
  bool read_phrases(const std::string& key, const json& value, std::vector<std::string>& out) {
    if (!value.is_array()) return fail_type(key, "an array of strings");
    for (std::size_t i = 0; i < value.size(); ++i) {
      const json& item = value[i];
      if (!item.is_string() || is_blank(item.get_ref<const std::string&>())) {
        return fail_type(key + "[" + std::to_string(i) + "]", "a non-blank string");
      }
      out.push_back(item.get<std::string>());
    }
    return true;
  }

  // Phrases matched in any case, kept lower-cased.
  bool read_lower_phrases(const std::string& key, const json& value, std::vector<std::string>& out) {
    std::vector<std::string> phrases;
    if (!read_phrases(key, value, phrases)) return false;
    for (const std::string& phrase : phrases) out.push_back(ascii_lower(phrase));
    return true;
  }

  // An array of names from a closed vocabulary; an unknown name is an error listing the known ones.
  template <typename Enum, typename Lookup>
  bool read_names(const std::string& key, const json& value, Lookup lookup, std::string (*known)(),
                  std::vector<Enum>& out) {
    std::vector<std::string> names;
    if (!read_phrases(key, value, names)) return false;
    for (std::size_t i = 0; i < names.size(); ++i) {
      const std::optional<Enum> item = lookup(names[i]);
      if (!item) {
        return fail("'" + key + "[" + std::to_string(i) + "]' must be one of " + known() + ", not \"" + names[i] +
                    "\"");
      }
      out.push_back(*item);
    }
    return true;
  }

  bool read_pager_text(const json& value, std::optional<PagerText>& out) {
    std::string text;
    if (!read_string("pager_text", value, text)) return false;
    out = pager_text_named(text);
    if (!out) return fail("'pager_text' must be one of " + pager_text_names() + ", not \"" + text + "\"");
    return true;
  }

  bool read_hosts(const std::string& key, const json& value, std::vector<std::string>& out) {
    std::vector<std::string> hosts;
    if (!read_phrases(key, value, hosts)) return false;
    for (std::size_t i = 0; i < hosts.size(); ++i) {
      std::string host = ascii_lower(hosts[i]);
      if (!is_host_name(host)) {
        return fail("'" + key + "[" + std::to_string(i) + "]' must be a host name like \"contoh.co.id\", not \"" +
                    hosts[i] + "\"");
      }
      out.push_back(std::move(host));
    }
    return true;
  }

  bool read_timezone(const json& value, std::optional<int>& out) {
    std::string text;
    if (!read_string("timezone", value, text)) return false;
    out = timezone_offset(text);
    if (!out) return fail("'timezone' must be WIB, WITA, WIT or an offset like \"+08:00\", not \"" + text + "\"");
    return true;
  }

  bool read_selector(const std::string& key, const json& value, Selector& out) {
    if (!value.is_string()) return fail_type(key, "a selector string");
    std::string error;
    auto selector = Selector::compile(value.get_ref<const std::string&>(), &error);
    if (!selector) return fail(key + ": " + error);
    out = std::move(*selector);
    return true;
  }

  bool read_selectors(const std::string& key, const json& value, std::vector<Selector>& out) {
    if (!value.is_array()) return fail_type(key, "an array of selector strings");
    for (std::size_t i = 0; i < value.size(); ++i) {
      Selector selector;
      if (!read_selector(key + "[" + std::to_string(i) + "]", value[i], selector)) return false;
      out.push_back(std::move(selector));
    }
    return true;
  }

  // "h1.title" or {"selector": "meta[name=author]", "attribute": "content"}.
  bool read_rule(const std::string& key, const json& value, FieldRule& out) {
    if (value.is_string()) return read_selector(key, value, out.selector);
    if (!value.is_object()) return fail_type(key, "a selector string or an object with \"selector\"");
    if (!value.contains("selector")) return fail("missing key '" + key + ".selector'");
    for (const auto& [name, item] : value.items()) {
      const std::string item_key = key + "." + name;
      if (name == "selector") {
        if (!read_selector(item_key, item, out.selector)) return false;
      } else if (name == "attribute") {
        std::string attribute;
        if (!read_string(item_key, item, attribute)) return false;
        if (attribute.empty()) return fail_type(item_key, "an attribute name");
        out.attribute = ascii_lower(attribute);
      } else {
        return fail_unknown(item_key);
      }
    }
    return true;
  }

  // An empty rule list is left out: it means the same as no rules, and the extractor falls back.
  bool read_fields(const json& value, std::map<Field, std::vector<FieldRule>>& out) {
    if (!value.is_object()) return fail_type("fields", "an object of field rule lists");
    for (const auto& [name, rules] : value.items()) {
      const std::string key = "fields." + name;
      const std::optional<Field> field = allowed_field(name, kRuleFields);
      if (!field) return fail_unknown(key);
      if (!rules.is_array()) return fail_type(key, "an array of selector rules");
      std::vector<FieldRule> parsed(rules.size());
      for (std::size_t i = 0; i < rules.size(); ++i) {
        if (!read_rule(key + "[" + std::to_string(i) + "]", rules[i], parsed[i])) return false;
      }
      if (!parsed.empty()) out[*field] = std::move(parsed);
    }
    return true;
  }

  // {"editor": ["editors"], "tags": ["tag"]}: per field, the script keys to look up in order.
  bool read_script_fields(const json& value, std::map<Field, std::vector<std::string>>& out) {
    if (!value.is_object()) return fail_type("script_fields", "an object of script key lists");
    for (const auto& [name, keys] : value.items()) {
      const std::string key = "script_fields." + name;
      const std::optional<Field> field = allowed_field(name, kScriptFields);
      if (!field) return fail_unknown(key);
      std::vector<std::string> names;
      if (!read_phrases(key, keys, names)) return false;
      if (!names.empty()) out[*field] = std::move(names);
    }
    return true;
  }

  // {"subheadline": null, "section": ["metadata article:section", "profile"]}: per field, the plan's
  // sources to try in this order; null or [] switches the field off. Names are those of
  // src/extract/plan.cpp (data/profiles/README.md lists them).
  bool read_sources(const json& value, std::map<Field, std::vector<std::string>>& out) {
    if (!value.is_object()) return fail_type("sources", "an object of source name lists");
    for (const auto& [name, list] : value.items()) {
      const std::string key = "sources." + name;
      const std::optional<Field> field = field_from_name(name);
      const std::vector<std::string_view> known = field ? plan_source_names(*field) : std::vector<std::string_view>{};
      if (known.empty()) return fail_unknown(key);
      std::vector<std::string>& names = out[*field];
      if (list.is_null()) continue;
      if (!list.is_array()) return fail_type(key, "null or an array of source names");
      for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string item_key = key + "[" + std::to_string(i) + "]";
        if (!list[i].is_string()) return fail_type(item_key, "a source name");
        const std::string& source = list[i].get_ref<const std::string&>();
        if (std::find(known.begin(), known.end(), source) == known.end()) {
          std::string choices;
          for (std::string_view choice : known) choices += (choices.empty() ? "\"" : ", \"") + std::string(choice) + "\"";
          return fail("'" + item_key + "' must be one of " + choices + ", not \"" + source + "\"");
        }
        if (std::find(names.begin(), names.end(), source) != names.end()) return fail("repeated source '" + item_key + "'");
        names.push_back(source);
      }
    }
    return true;
  }

  bool read_pagination(const json& value, Profile& profile) {
    if (!value.is_object()) return fail_type("pagination", "an object");
    for (const auto& [name, item] : value.items()) {
      const std::string key = "pagination." + name;
      if (name == "next") {
        Selector next;
        if (!read_selector(key, item, next)) return false;
        profile.next_page = std::move(next);
      } else if (is_one_of(std::string_view(name), kPaginationParameters)) {
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
          return fail_type(key, "a non-empty string");
        }
        profile.pagination[name] = item.get<std::string>();
      } else {
        return fail_unknown(key);
      }
    }
    return true;
  }

  std::string_view name_;
  std::string* error_;
};

constexpr std::string_view kSharedProfile = "indonesia";

}  // namespace

std::optional<Profile> parse_profile(std::string_view name, std::string_view json_text, std::string* error) {
  return ProfileReader(name, error).read(json_text);
}

const Profile* ProfileSetData::for_url(std::string_view url) const {
  const std::string host = url_host(url);
  if (host.empty()) return nullptr;
  const Profile* best = nullptr;
  std::size_t best_length = 0;
  for (const Profile& profile : profiles) {
    for (const std::string& profile_host : profile.hosts) {
      if (profile_host.size() > best_length && host_matches(host, profile_host)) {
        best = &profile;
        best_length = profile_host.size();
      }
    }
  }
  return best;
}

const Profile* ProfileSetData::for_image_url(std::string_view image_url) const {
  const std::string host = url_host(image_url);
  if (host.empty()) return nullptr;
  for (const Profile& profile : profiles) {
    for (const std::string& image_host : profile.image_hosts) {
      if (host_matches(host, image_host)) return &profile;
    }
  }
  return nullptr;
}

const Profile* ProfileSetData::for_template(const Document& doc) const {
  const bool any_markers =
      std::any_of(profiles.begin(), profiles.end(), [](const Profile& p) { return !p.template_markers.empty(); });
  if (!any_markers) return nullptr;
  const ScriptData scripts(doc);
  for (const Profile& profile : profiles) {
    for (const std::string& marker : profile.template_markers) {
      if (scripts.contains(marker)) return &profile;
    }
  }
  return nullptr;
}

const Profile* ProfileSetData::by_name(std::string_view name) const {
  const auto it =
      std::lower_bound(profiles.begin(), profiles.end(), name,
                       [](const Profile& profile, std::string_view wanted) { return profile.name < wanted; });
  return it != profiles.end() && it->name == name ? &*it : nullptr;
}

}  // namespace warta::detail

namespace warta {

// Builds the immutable data behind a ProfileSet (the only way to construct one).
struct ProfileSetBuilder {
  static ProfileSet make(std::vector<detail::Profile> profiles) {
    auto data = std::make_shared<detail::ProfileSetData>();
    data->profiles = std::move(profiles);
    std::sort(data->profiles.begin(), data->profiles.end(),
              [](const detail::Profile& a, const detail::Profile& b) { return a.name < b.name; });
    data->shared = data->by_name(detail::kSharedProfile);
    return ProfileSet(std::move(data));
  }
};

ProfileSet ProfileSet::builtin() {
  static const ProfileSet set = [] {
    std::vector<detail::Profile> profiles;
    for (const detail::EmbeddedProfile& embedded : detail::embedded_profiles()) {
      auto profile = detail::parse_profile(embedded.name, embedded.json, nullptr);
      // A built-in profile that does not load is a bug the profiles tests report with the error;
      // release builds go on without it.
      assert(profile.has_value() && "a built-in profile failed to load");
      if (profile) profiles.push_back(std::move(*profile));
    }
    return ProfileSetBuilder::make(std::move(profiles));
  }();
  return set;
}

ProfileSet ProfileSet::without(std::string_view name) const {
  std::vector<detail::Profile> kept;
  for (const detail::Profile& profile : data_->profiles) {
    if (profile.name != name || &profile == data_->shared) kept.push_back(profile);
  }
  return ProfileSetBuilder::make(std::move(kept));
}

ProfileSet ProfileSet::shared_only() const {
  std::vector<detail::Profile> kept;
  if (data_->shared != nullptr) kept.push_back(*data_->shared);
  return ProfileSetBuilder::make(std::move(kept));
}

std::vector<std::string> ProfileSet::names() const {
  std::vector<std::string> out;
  out.reserve(data_->profiles.size());
  for (const detail::Profile& profile : data_->profiles) out.push_back(profile.name);
  return out;
}

std::string ProfileSet::match(std::string_view url) const {
  const detail::Profile* profile = data_->for_url(url);
  return profile != nullptr ? profile->name : std::string();
}

ProfileLoad load_profile(const ProfileSet& base, std::string_view name, std::string_view json_text) {
  ProfileLoad load;
  if (name.empty()) {
    load.error = "profile name is empty";
    return load;
  }
  auto profile = detail::parse_profile(name, json_text, &load.error);
  if (!profile) return load;
  std::vector<detail::Profile> profiles;
  for (const detail::Profile& existing : base.data().profiles) {
    if (existing.name != name) profiles.push_back(existing);
  }
  profiles.push_back(std::move(*profile));
  load.set = std::make_shared<const ProfileSet>(ProfileSetBuilder::make(std::move(profiles)));
  return load;
}

}  // namespace warta
