#include "normalize/dates.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "normalize/calendar.hpp"
#include "normalize/text.hpp"

// Published and updated from every candidate a page gives (visible lines, JSON-LD, meta tags, <time>,
// the URL), with the precedence declared in dates.hpp.

namespace warta::detail {
namespace {

// ---- Resolving published / updated ----

bool is_metadata(DateSource source) noexcept {
  return source == DateSource::jsonld || source == DateSource::meta || source == DateSource::time_element;
}

// Metadata precedence: JSON-LD is written for machines and usually right; <meta> next; <time>
// elements last because pages also put them on related-article lists.
int metadata_rank(DateSource source) noexcept {
  switch (source) {
    case DateSource::jsonld:
      return 0;
    case DateSource::meta:
      return 1;
    default:
      return 2;
  }
}

std::string offset_text(int offset_minutes) {
  DateTime probe;
  probe.has_time = true;
  probe.offset_minutes = offset_minutes;
  return to_iso8601(probe).substr(19);
}

// One candidate read: its value as written and what it is.
struct Reading {
  std::size_t candidate = 0;  // index of the candidate it was read from
  DateSource source = DateSource::meta;
  DateLabel label = DateLabel::published;
  DateTime value;
  bool zone_written = false;
  std::vector<std::string> warnings;
};

std::vector<Reading> read_candidates(const std::vector<DateCandidate>& candidates, const DateContext& context,
                                     std::vector<std::string>& warnings) {
  constexpr std::size_t kDatesPerVisibleLine = 3;  // "pada ... Diperbarui ..." holds two
  std::vector<Reading> readings;
  for (std::size_t index = 0; index < candidates.size(); ++index) {
    const DateCandidate& candidate = candidates[index];
    const bool visible = candidate.source == DateSource::visible;
    std::vector<FoundDate> found = find_dates(candidate.text, context, visible ? kDatesPerVisibleLine : 1);
    const DateLabel own = candidate.label == DateLabel::none ? DateLabel::published : candidate.label;
    // A date without a label of its own takes the candidate's, unless another date of the same text
    // is explicitly that one ("pada 18 Jan 2019 ... Diperbarui 07 Jun 2021" read as "updated").
    const bool own_taken =
        std::any_of(found.begin(), found.end(), [&](const FoundDate& f) { return f.result.label == own; });
    for (FoundDate& date : found) {
      if (!date.result.value) {
        if (candidate.source != DateSource::time_element && candidate.source != DateSource::url) {
          warnings.push_back("could not read the " + std::string(to_string(candidate.source)) + " date \"" +
                             std::string(utf8_prefix(candidate.text, 80)) + "\": " + date.result.error);
        }
        continue;
      }
      Reading reading;
      reading.candidate = index;
      reading.source = candidate.source;
      reading.value = *date.result.value;
      reading.zone_written = date.zone_written;
      reading.warnings = std::move(date.result.warnings);
      if (!visible) {
        reading.label = candidate.label != DateLabel::none     ? candidate.label
                        : date.result.label != DateLabel::none ? date.result.label
                                                               : DateLabel::published;
      } else if (date.result.label != DateLabel::none) {
        reading.label = date.result.label;
      } else {
        reading.label = !own_taken ? own : own == DateLabel::updated ? DateLabel::published : DateLabel::updated;
      }
      readings.push_back(std::move(reading));
    }
  }
  return readings;
}

using OffsetFix = std::map<std::pair<DateSource, int>, int>;  // (source, written offset) -> real offset

// Learns which metadata offsets are wrong. Pages (old WordPress/Yoast, Merdeka, detik's pubdate) print
// the local clock time under "+00:00", "Z", "GMT" or "-07:00": when a metadata time shows the visible
// time's clock to the minute under another offset, its offset is wrong, and the same source's other
// times with that offset are read on the visible clock too. With no visible time, two metadata times
// showing the same clock under different offsets show that both carry the local clock.
OffsetFix learn_offset_fixes(const std::vector<Reading>& readings, const std::optional<Reading>& visible_published,
                             const std::optional<Reading>& visible_updated, int page_offset) {
  OffsetFix fixes;
  for (const std::optional<Reading>& visible : {visible_published, visible_updated}) {
    if (!visible) continue;
    for (const Reading& reading : readings) {
      if (!is_metadata(reading.source) || reading.label != visible->label || !reading.value.has_time ||
          !reading.zone_written) {
        continue;
      }
      const DateTime& v = visible->value;
      const DateTime& m = reading.value;
      if (m.offset_minutes != v.offset_minutes && !same_minute(v, m) && same_clock_minute(v, m)) {
        fixes.emplace(std::pair{reading.source, m.offset_minutes}, v.offset_minutes);
      }
    }
  }
  if (visible_published || visible_updated) return fixes;
  for (std::size_t a = 0; a < readings.size(); ++a) {
    const Reading& first = readings[a];
    if (first.source == DateSource::time_element || !is_metadata(first.source) || !first.value.has_time ||
        !first.zone_written) {
      continue;
    }
    for (std::size_t b = a + 1; b < readings.size(); ++b) {
      const Reading& second = readings[b];
      if (second.source == DateSource::time_element || !is_metadata(second.source) || !second.value.has_time ||
          !second.zone_written || second.value.offset_minutes == first.value.offset_minutes ||
          !same_clock_minute(first.value, second.value)) {
        continue;
      }
      fixes.emplace(std::pair{first.source, first.value.offset_minutes}, page_offset);
      fixes.emplace(std::pair{second.source, second.value.offset_minutes}, page_offset);
    }
  }
  return fixes;
}

// A metadata time on the page's clock: a wrong offset replaced (clock kept), else the instant converted.
DateTime on_page_clock(const Reading& reading, const OffsetFix& fixes, int page_offset,
                       std::vector<std::string>& warnings) {
  DateTime value = reading.value;
  if (!value.has_time) return value;
  const auto fix = fixes.find({reading.source, value.offset_minutes});
  if (fix == fixes.end()) {
    const DateTime converted = at_offset(value, page_offset);
    return converted.year >= 1 && converted.year <= 9999 ? converted : value;
  }
  if (fix->second != value.offset_minutes) {
    std::string warning = std::string(to_string(reading.source)) + " time " + to_iso8601(value) +
                          " carries the local clock under a wrong offset; read as " + offset_text(fix->second);
    if (std::find(warnings.begin(), warnings.end(), warning) == warnings.end()) warnings.push_back(std::move(warning));
  }
  value.offset_minutes = fix->second;
  return value;
}

// `from` is set to the candidate whose date is returned.
std::optional<DateTime> resolve_one(DateLabel label, const std::vector<Reading>& readings,
                                    const std::optional<Reading>& visible_timed, const OffsetFix& fixes,
                                    int page_offset, std::vector<std::string>& warnings,
                                    std::optional<std::size_t>& from) {
  const std::string prefix = std::string(to_string(label)) + ": ";
  std::vector<const Reading*> metadata;
  const Reading* visible_date = nullptr;
  const Reading* url_date = nullptr;
  for (const Reading& reading : readings) {
    if (reading.label != label) continue;
    if (is_metadata(reading.source)) metadata.push_back(&reading);
    if (reading.source == DateSource::visible && visible_date == nullptr) visible_date = &reading;
    if (reading.source == DateSource::url && url_date == nullptr) url_date = &reading;
  }
  std::stable_sort(metadata.begin(), metadata.end(), [](const Reading* a, const Reading* b) {
    return metadata_rank(a->source) < metadata_rank(b->source);
  });
  std::vector<DateTime> metadata_values;
  for (const Reading* reading : metadata) {
    metadata_values.push_back(on_page_clock(*reading, fixes, page_offset, warnings));
  }
  const auto add_warnings = [&](const Reading& reading) {
    for (const std::string& warning : reading.warnings) warnings.push_back(prefix + warning);
  };

  if (visible_timed) {
    DateTime chosen = visible_timed->value;
    add_warnings(*visible_timed);
    bool disagreement_reported = false;
    for (std::size_t i = 0; i < metadata.size(); ++i) {
      const DateTime& value = metadata_values[i];
      if (!value.has_time) continue;
      if (same_minute(chosen, value)) {
        if (!chosen.has_seconds && value.has_seconds) {
          chosen.second = value.second;
          chosen.has_seconds = true;
        }
      } else if (!disagreement_reported && metadata[i]->source != DateSource::time_element) {
        // <time> elements also date related-article lists, so their disagreement says nothing.
        warnings.push_back(prefix + "the visible time " + to_iso8601(visible_timed->value) + " wins over the " +
                           std::string(to_string(metadata[i]->source)) + " time " + to_iso8601(metadata[i]->value));
        disagreement_reported = true;
      }
    }
    from = visible_timed->candidate;
    return chosen;
  }
  for (std::size_t i = 0; i < metadata.size(); ++i) {
    if (!metadata_values[i].has_time) continue;
    const DateTime& value = metadata_values[i];
    if (visible_date != nullptr && (visible_date->value.year != value.year ||
                                    visible_date->value.month != value.month || visible_date->value.day != value.day)) {
      warnings.push_back(prefix + "the visible date " + to_iso8601(visible_date->value) + " wins over the " +
                         std::string(to_string(metadata[i]->source)) + " time " + to_iso8601(metadata[i]->value));
      add_warnings(*visible_date);
      from = visible_date->candidate;
      return visible_date->value;
    }
    add_warnings(*metadata[i]);
    from = metadata[i]->candidate;
    return value;
  }
  if (visible_date != nullptr) {
    add_warnings(*visible_date);
    from = visible_date->candidate;
    return visible_date->value;
  }
  if (!metadata.empty()) {
    from = metadata.front()->candidate;
    return metadata_values.front();
  }
  if (url_date != nullptr && label == DateLabel::published) {
    from = url_date->candidate;
    return url_date->value;
  }
  return std::nullopt;
}

// The zone of a page whose outlet is unknown: the one its visible time prints ("19:30 WIT"), else the
// one all its zoned metadata times agree on when that is an Indonesian zone (a regional site in Bali
// declaring +08:00; +00:00 is a server setting, not the page's clock).
std::optional<int> declared_page_offset(const std::vector<Reading>& readings) {
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible && reading.value.has_time && reading.zone_written) {
      return reading.value.offset_minutes;
    }
  }
  std::optional<int> agreed;
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible || reading.source == DateSource::url || !reading.value.has_time ||
        !reading.zone_written) {
      continue;
    }
    if (agreed && *agreed != reading.value.offset_minutes) return std::nullopt;
    agreed = reading.value.offset_minutes;
  }
  if (agreed && (*agreed == 7 * 60 || *agreed == 8 * 60 || *agreed == 9 * 60)) return agreed;
  return std::nullopt;
}

std::optional<Reading> first_visible_with_time(const std::vector<Reading>& readings, DateLabel label) {
  for (const Reading& reading : readings) {
    if (reading.source == DateSource::visible && reading.label == label && reading.value.has_time) return reading;
  }
  return std::nullopt;
}

}  // namespace

Timestamps resolve_timestamps(const std::vector<DateCandidate>& candidates, const DateContext& context,
                              const Conventions& conventions) {
  Timestamps out;
  const std::vector<Reading> readings = read_candidates(candidates, context, out.warnings);
  const int page_offset = context.default_offset_minutes ? *context.default_offset_minutes
                                                          : declared_page_offset(readings).value_or(kDefaultOffsetMinutes);
  const std::optional<Reading> visible_published = first_visible_with_time(readings, DateLabel::published);
  const std::optional<Reading> visible_updated = first_visible_with_time(readings, DateLabel::updated);
  OffsetFix fixes = learn_offset_fixes(readings, visible_published, visible_updated, page_offset);
  // An outlet known to write its wall clock under "Z" (a profile fact): with no visible time to check
  // against, its UTC-marked metadata times are read on the outlet's clock.
  if (conventions.utc_marker_holds_local_time && !visible_published && !visible_updated && page_offset != 0) {
    bool applied = false;
    for (const Reading& reading : readings) {
      if (!is_metadata(reading.source) || !reading.value.has_time || !reading.zone_written ||
          reading.value.offset_minutes != 0) {
        continue;
      }
      applied = fixes.emplace(std::pair{reading.source, 0}, page_offset).second || applied;
    }
    if (applied) {
      out.warnings.push_back("metadata times marked UTC hold the outlet's local clock (its profile says so); read as " +
                             offset_text(page_offset));
    }
  }
  if (auto published = resolve_one(DateLabel::published, readings, visible_published, fixes, page_offset,
                                   out.warnings, out.published_from)) {
    out.published = to_iso8601(*published);
  }
  if (auto updated = resolve_one(DateLabel::updated, readings, visible_updated, fixes, page_offset, out.warnings,
                                 out.updated_from)) {
    out.updated = to_iso8601(*updated);
  }
  return out;
}

}  // namespace warta::detail
