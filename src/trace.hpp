#pragma once
// A view into the pipeline for tools that show what warta took and dropped (warta inspect): the
// stages' intermediate structs, handed to a callback while the parsed tree is still alive.

#include <functional>
#include <string_view>

#include "warta/parse.hpp"

namespace warta::detail {

class Document;
struct RawFields;
struct Profile;

// Called once per successful parse, before the tree is freed. `profile` is nullptr on the generic path.
using TraceCallback =
    std::function<void(const Document& doc, const RawFields& raw, const Profile* profile, const Article& article)>;

// warta::parse with a trace callback (an empty callback is allowed).
Result parse_traced(std::string_view html, const ParseOptions& options, const TraceCallback& trace);

}  // namespace warta::detail
