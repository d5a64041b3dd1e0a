#include "conventions.hpp"

#include <algorithm>
#include <utility>

#include "profiles.hpp"

namespace warta::detail {
namespace {

template <typename Enum>
struct Named {
  std::string_view name;
  Enum value;
};

constexpr Named<DatelineShape> kDatelineShapes[] = {
    {"city_dash", DatelineShape::city_dash},
    {"outlet_dash", DatelineShape::outlet_dash},
    {"city_outlet_dash", DatelineShape::city_outlet_dash},
    {"agency_in_brackets", DatelineShape::agency_in_brackets},
    {"outlet_dash_city_period", DatelineShape::outlet_dash_city_period},
    {"outlet_city", DatelineShape::outlet_city},
    {"city_colon", DatelineShape::city_colon},
    {"city_period", DatelineShape::city_period},
};

constexpr Named<UrlDatePattern> kUrlDatePatterns[] = {
    {"iso_segment", UrlDatePattern::iso_segment},
    {"year_month_day", UrlDatePattern::year_month_day},
    {"short_year_before_id", UrlDatePattern::short_year_before_id},
};

constexpr Named<PagerText> kPagerTexts[] = {
    {"labelled", PagerText::labelled},
    {"any", PagerText::any},
    {"none", PagerText::none},
};

template <typename Enum, std::size_t N>
std::optional<Enum> named(const Named<Enum> (&table)[N], std::string_view name) noexcept {
  for (const Named<Enum>& entry : table) {
    if (entry.name == name) return entry.value;
  }
  return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string names(const Named<Enum> (&table)[N]) {
  std::string out;
  for (const Named<Enum>& entry : table) {
    if (!out.empty()) out += ", ";
    out += entry.name;
  }
  return out;
}

void append(std::vector<std::string>& into, const std::vector<std::string>& more) {
  into.insert(into.end(), more.begin(), more.end());
}

void apply(const DeclaredConventions& declared, Conventions& out) {
  if (declared.dateline_shapes) out.dateline_shapes = *declared.dateline_shapes;
  append(out.organisations, declared.organisations);
  append(out.organisation_prefixes, declared.organisation_prefixes);
  append(out.credit_markers, declared.credit_markers);
  append(out.wire_prefixes, declared.wire_prefixes);
  if (declared.url_dates) out.url_dates = *declared.url_dates;
  if (declared.pager_text) out.pager_text = *declared.pager_text;
  if (declared.utc_marker_holds_local_time) out.utc_marker_holds_local_time = *declared.utc_marker_holds_local_time;
}

}  // namespace

bool Conventions::allows(DatelineShape shape) const noexcept {
  return std::find(dateline_shapes.begin(), dateline_shapes.end(), shape) != dateline_shapes.end();
}

bool Conventions::allows(UrlDatePattern pattern) const noexcept {
  return std::find(url_dates.begin(), url_dates.end(), pattern) != url_dates.end();
}

Conventions merge_conventions(const DeclaredConventions* shared, const DeclaredConventions* outlet) {
  Conventions out;
  if (shared != nullptr) apply(*shared, out);
  if (outlet != nullptr) apply(*outlet, out);
  return out;
}

const Conventions& builtin_conventions() {
  static const Conventions conventions = [] {
    const ProfileSet set = ProfileSet::builtin();
    const Profile* shared = set.data().shared;
    return merge_conventions(shared != nullptr ? &shared->conventions : nullptr, nullptr);
  }();
  return conventions;
}

std::optional<DatelineShape> dateline_shape_named(std::string_view name) noexcept { return named(kDatelineShapes, name); }
std::optional<UrlDatePattern> url_date_pattern_named(std::string_view name) noexcept {
  return named(kUrlDatePatterns, name);
}
std::optional<PagerText> pager_text_named(std::string_view name) noexcept { return named(kPagerTexts, name); }
std::string dateline_shape_names() { return names(kDatelineShapes); }
std::string url_date_pattern_names() { return names(kUrlDatePatterns); }
std::string pager_text_names() { return names(kPagerTexts); }

}  // namespace warta::detail
