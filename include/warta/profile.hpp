#pragma once
// Outlet profiles: per-site extraction rules kept as JSON data. The built-in set is compiled into the
// library; callers extend or override it with an immutable set of their own.

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

namespace detail {
struct ProfileSetData;
}

// An immutable set of outlet profiles. Cheap to copy; safe to share between threads.
class ProfileSet {
 public:
  // The profiles compiled into the library (every supported outlet plus the shared Indonesian one).
  static ProfileSet builtin();

  // This set without the named outlet profile (the shared Indonesian profile is never removed): how
  // warta reads that outlet's pages as a site it does not know.
  ProfileSet without(std::string_view name) const;

  // Only the shared Indonesian profile: every outlet read as a site warta has no profile for.
  ProfileSet shared_only() const;

  // Names of the profiles in this set, sorted.
  std::vector<std::string> names() const;

  // The profile name chosen for a page URL (hosts matched on label boundaries, longest wins); empty
  // when none matches.
  std::string match(std::string_view url) const;

  // Internal representation; not part of the stable API.
  const detail::ProfileSetData& data() const noexcept { return *data_; }

 private:
  friend struct ProfileSetBuilder;
  explicit ProfileSet(std::shared_ptr<const detail::ProfileSetData> data) : data_(std::move(data)) {}
  std::shared_ptr<const detail::ProfileSetData> data_;
};

// The outcome of loading profiles: a set, or an error naming the profile and the key at fault.
struct ProfileLoad {
  std::shared_ptr<const ProfileSet> set;  // null on error
  std::string error;
  explicit operator bool() const noexcept { return set != nullptr; }
};

// Loads one profile from JSON text on top of `base` (a profile with the same name replaces the
// base's). Strict: unknown keys and bad selectors are errors.
ProfileLoad load_profile(const ProfileSet& base, std::string_view name, std::string_view json_text);

}  // namespace warta
