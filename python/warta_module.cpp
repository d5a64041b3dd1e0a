// The compiled half of the Python package `warta` (warta._warta): Article and its parts as read-only
// objects, parse and parse_date, and the WARC reader. warta/__init__.py holds the exception classes
// and the public names; this file raises those classes by importing them from the package.
#include <pybind11/operators.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "warta/json.hpp"
#include "warta/parse.hpp"
#include "warta/version.hpp"
#include "warta/warc.hpp"

namespace py = pybind11;

namespace {

using warta::Article;
using warta::DateTime;

// Raises warta.<class_name>(args...), a class defined in warta/__init__.py.
template <typename... Args>
[[noreturn]] void raise(const char* class_name, Args&&... args) {
  const py::object error_class = py::module_::import("warta").attr(class_name);
  const py::object error = error_class(std::forward<Args>(args)...);
  PyErr_SetObject(error_class.ptr(), error.ptr());
  throw py::error_already_set();
}

// Text from outside (WARC headers, file names) that need not be UTF-8.
py::str lenient_text(const std::string& text) {
  return py::reinterpret_steal<py::str>(PyUnicode_DecodeUTF8(text.data(), static_cast<Py_ssize_t>(text.size()), "replace"));
}

// datetime.datetime with its UTC offset, or datetime.date when the value has no time.
py::object to_python(const DateTime& value) {
  const py::module_ datetime = py::module_::import("datetime");
  if (!value.has_time) return datetime.attr("date")(value.year, value.month, value.day);
  const py::object zone = datetime.attr("timezone")(datetime.attr("timedelta")(py::arg("minutes") = value.offset_minutes));
  return datetime.attr("datetime")(value.year, value.month, value.day, value.hour, value.minute, value.second, 0, zone);
}

// An ISO 8601 field of the Article as datetime (or date); None when absent.
py::object iso_to_python(const std::optional<std::string>& text) {
  if (!text) return py::none();
  const warta::DateResult parsed = warta::parse_date(*text);
  return parsed.value ? to_python(*parsed.value) : py::none();
}

// "now" for relative dates: None, a timezone-aware datetime.datetime, or text with a date and a time.
std::optional<DateTime> reference_time(const py::object& now) {
  if (now.is_none()) return std::nullopt;
  if (py::isinstance<py::str>(now)) {
    const std::string text = now.cast<std::string>();
    const warta::DateResult parsed = warta::parse_date(text);
    if (!parsed.value || !parsed.value->has_time) {
      throw py::value_error("now needs a date and a time, got '" + text + "'");
    }
    return parsed.value;
  }
  const py::module_ datetime = py::module_::import("datetime");
  if (!py::isinstance(now, datetime.attr("datetime"))) {
    throw py::type_error("now must be a datetime.datetime or a str");
  }
  const py::object offset = now.attr("utcoffset")();
  if (offset.is_none()) throw py::value_error("now must be timezone-aware (it has no tzinfo)");
  DateTime value;
  value.year = now.attr("year").cast<int>();
  value.month = now.attr("month").cast<int>();
  value.day = now.attr("day").cast<int>();
  value.hour = now.attr("hour").cast<int>();
  value.minute = now.attr("minute").cast<int>();
  value.second = now.attr("second").cast<int>();
  value.has_time = true;
  value.has_seconds = true;
  value.offset_minutes = static_cast<int>(offset.attr("total_seconds")().cast<double>() / 60);
  return value;
}

warta::ParseOptions parse_options(const std::optional<std::string>& url, const py::object& now,
                                  const std::optional<std::string>& charset) {
  warta::ParseOptions options;
  if (url) options.url = *url;
  if (charset) options.charset = *charset;
  options.reference_time = reference_time(now);
  return options;
}

// The Article, or warta.ParseError with the CLI's error code.
Article article_or_raise(warta::Result&& result) {
  if (!result) raise("ParseError", std::string(warta::to_string(result.error().code)), result.error().message);
  return std::move(result).value();
}

Article parse(const py::object& html, const std::optional<std::string>& url, const py::object& now,
              std::optional<std::string> charset) {
  std::string text;  // a str, as UTF-8
  std::string_view bytes;
  if (py::isinstance<py::str>(html)) {
    if (charset) throw py::value_error("charset applies to bytes; a str is already decoded");
    text = html.cast<std::string>();
    bytes = text;
    charset = "utf-8";
  } else if (py::isinstance<py::bytes>(html)) {
    bytes = std::string_view(PyBytes_AS_STRING(html.ptr()), static_cast<std::size_t>(PyBytes_GET_SIZE(html.ptr())));
  } else {
    throw py::type_error("html must be bytes or str");
  }
  const warta::ParseOptions options = parse_options(url, now, charset);
  std::optional<warta::Result> result;
  {
    // `html` stays referenced by the caller and bytes are immutable: safe to read without the GIL.
    py::gil_scoped_release release;
    result.emplace(warta::parse(bytes, options));
  }
  return article_or_raise(std::move(*result));
}

py::object parse_date(const std::string& text, const py::object& now) {
  warta::DateContext context;
  context.reference = reference_time(now);
  const warta::DateResult result = warta::parse_date(text, context);
  if (!result.value) raise("DateError", result.error);
  return to_python(*result.value);
}

std::string json_text(const Article& article, int indent) {
  const nlohmann::json json = article;
  // As `warta parse` writes it: UTF-8, not ASCII escapes.
  return json.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

py::object to_dict(const Article& article) {
  return py::module_::import("json").attr("loads")(json_text(article, -1));
}

// Python's repr of a text, shortened to about 60 characters.
std::string text_repr(const std::string& text) {
  constexpr std::size_t kMaxSize = 60;
  std::string shown = text.substr(0, kMaxSize);
  if (shown.size() < text.size()) shown += "...";
  return py::repr(lenient_text(shown)).cast<std::string>();
}

std::string text_repr(const std::optional<std::string>& text) { return text ? text_repr(*text) : "None"; }

std::string repr(const Article& article) {
  return "<warta.Article headline=" + text_repr(article.headline) + " published=" + text_repr(article.published) +
         " people=" + std::to_string(article.people.size()) + " body=" + std::to_string(article.body.size()) +
         " blocks>";
}

// A WARC reader over a path or a binary file object; the Python side iterates it.
class PyWarcReader {
 public:
  PyWarcReader(const py::object& source, std::size_t max_body_bytes, bool html_only) {
    const warta::WarcOptions options{max_body_bytes, html_only};
    if (py::hasattr(source, "read")) {
      const std::string name = py::hasattr(source, "name") ? py::str(source.attr("name")).cast<std::string>() : "<stream>";
      reader_.emplace(
          [file = source](char* buffer, std::size_t size) -> std::size_t {
            py::gil_scoped_acquire acquire;
            const py::object chunk = file.attr("read")(size);
            if (!py::isinstance<py::bytes>(chunk)) throw py::type_error("read_warc needs a binary file (read() gave no bytes)");
            const std::size_t got = std::min(size, static_cast<std::size_t>(PyBytes_GET_SIZE(chunk.ptr())));
            std::memcpy(buffer, PyBytes_AS_STRING(chunk.ptr()), got);
            return got;
          },
          name, options);
    } else {
      reader_.emplace(py::str(py::module_::import("os").attr("fspath")(source)).cast<std::string>(), options);
    }
  }

  warta::WarcRecord next() {
    std::optional<warta::WarcRecord> record;
    {
      py::gil_scoped_release release;
      record = reader_->next();
    }
    if (!record) throw py::stop_iteration();
    return std::move(*record);
  }

 private:
  std::optional<warta::WarcReader> reader_;
};

Article parse_record(const warta::WarcRecord& record, const py::object& now) {
  if (!record.error_code.empty()) raise("ParseError", record.error_code, record.error_message);
  const warta::ParseOptions options = parse_options(std::nullopt, now, std::nullopt);
  std::optional<warta::Result> result;
  {
    py::gil_scoped_release release;
    result.emplace(warta::parse_response(record.body, record.target_uri, record.charset, options));
  }
  return article_or_raise(std::move(*result));
}

}  // namespace

PYBIND11_MODULE(_warta, m) {
  m.doc() = "The compiled part of warta; use the package `warta`.";
  m.attr("version") = std::string(warta::version());

  py::class_<warta::Person>(m, "Person", "A person credited for the article.")
      .def_readonly("name", &warta::Person::name)
      .def_property_readonly("role", [](const warta::Person& p) { return std::string(warta::to_string(p.role)); },
                             "author, reporter, editor, photographer, contributor or translator")
      .def(py::self == py::self)
      .def("__repr__", [](const warta::Person& p) {
        return "Person(name=" + text_repr(p.name) + ", role='" + std::string(warta::to_string(p.role)) + "')";
      });
  py::class_<warta::Dateline>(m, "Dateline", "The 'JAKARTA, KOMPAS.com -' prefix of the first paragraph.")
      .def_readonly("outlet", &warta::Dateline::outlet)
      .def_readonly("city", &warta::Dateline::city)
      .def(py::self == py::self)
      .def("__repr__", [](const warta::Dateline& d) {
        return "Dateline(outlet=" + text_repr(d.outlet) + ", city=" + text_repr(d.city) + ")";
      });
  py::class_<warta::Caption>(m, "Caption", "A photo or video caption that belongs to the article.")
      .def_readonly("text", &warta::Caption::text)
      .def_readonly("credit", &warta::Caption::credit)
      .def_readonly("image_url", &warta::Caption::image_url)
      .def(py::self == py::self)
      .def("__repr__", [](const warta::Caption& c) {
        return "Caption(text=" + text_repr(c.text) + ", credit=" + text_repr(c.credit) + ")";
      });
  py::class_<warta::Block>(m, "Block", "One unit of the article's text, in reading order.")
      .def_property_readonly("type", [](const warta::Block& b) { return std::string(warta::to_string(b.type)); },
                             "paragraph, heading, quote or list_item")
      .def_readonly("text", &warta::Block::text)
      .def(py::self == py::self)
      .def("__repr__", [](const warta::Block& b) {
        return "Block(type='" + std::string(warta::to_string(b.type)) + "', text=" + text_repr(b.text) + ")";
      });
  py::class_<warta::DateMention>(m, "DateMention", "A date written in the text, resolved to a calendar date.")
      .def_readonly("text", &warta::DateMention::text)
      .def_readonly("date", &warta::DateMention::date, "YYYY-MM-DD")
      .def_readonly("block", &warta::DateMention::block, "index into Article.body")
      .def(py::self == py::self)
      .def("__repr__", [](const warta::DateMention& d) {
        return "DateMention(text=" + text_repr(d.text) + ", date='" + d.date + "', block=" + std::to_string(d.block) + ")";
      });
  py::class_<warta::Pagination>(m, "Pagination", "What a caller needs to fetch the other pages of the article.")
      .def_readonly("current", &warta::Pagination::current)
      .def_readonly("total", &warta::Pagination::total)
      .def_readonly("next_url", &warta::Pagination::next_url)
      .def_readonly("single_page_url", &warta::Pagination::single_page_url)
      .def(py::self == py::self)
      .def("__repr__", [](const warta::Pagination& p) {
        const auto number = [](const std::optional<int>& n) { return n ? std::to_string(*n) : std::string("None"); };
        return "Pagination(current=" + number(p.current) + ", total=" + number(p.total) + ", next_url=" +
               text_repr(p.next_url) + ")";
      });

  py::class_<Article>(m, "Article", "A news article as extracted from one page; attributes are the JSON keys.")
      .def_readonly("url", &Article::url)
      .def_readonly("site_name", &Article::site_name)
      .def_readonly("language", &Article::language)
      .def_readonly("headline", &Article::headline)
      .def_readonly("subheadline", &Article::subheadline)
      .def_readonly("section", &Article::section)
      .def_readonly("tags", &Article::tags)
      .def_readonly("people", &Article::people)
      .def_readonly("initials", &Article::initials)
      .def_readonly("dateline", &Article::dateline)
      .def_property_readonly("published", [](const Article& a) { return iso_to_python(a.published); },
                             "timezone-aware datetime.datetime (datetime.date when the page gave no time) or None")
      .def_property_readonly("updated", [](const Article& a) { return iso_to_python(a.updated); },
                             "timezone-aware datetime.datetime (datetime.date when the page gave no time) or None")
      .def_readonly("captions", &Article::captions)
      .def_readonly("body", &Article::body)
      .def_readonly("date_mentions", &Article::date_mentions)
      .def_readonly("pagination", &Article::pagination)
      .def_readonly("warnings", &Article::warnings)
      .def("to_dict", &to_dict, "The Article as `warta parse` writes it: a dict of the JSON keys (dates as ISO 8601 text).")
      .def("to_json", &json_text, py::arg("indent") = -1,
           "The Article JSON as `warta parse` writes it (indent=2 as with --pretty).")
      .def(py::self == py::self)
      .def("__repr__", &repr);

  py::class_<warta::WarcRecord>(m, "WarcRecord", "One response record of a WARC archive, or damage found in it.")
      .def_property_readonly("record_id", [](const warta::WarcRecord& r) { return lenient_text(r.record_id); })
      .def_property_readonly("target_uri", [](const warta::WarcRecord& r) { return lenient_text(r.target_uri); })
      .def_property_readonly("date", [](const warta::WarcRecord& r) { return lenient_text(r.date); })
      .def_readonly("http_status", &warta::WarcRecord::http_status)
      .def_property_readonly("http_headers",
                             [](const warta::WarcRecord& r) {
                               py::list headers;
                               for (const auto& [name, value] : r.http_headers) {
                                 headers.append(py::make_tuple(lenient_text(name), lenient_text(value)));
                               }
                               return headers;
                             })
      .def_property_readonly("media_type", [](const warta::WarcRecord& r) { return lenient_text(r.media_type); })
      .def_property_readonly("charset", [](const warta::WarcRecord& r) { return lenient_text(r.charset); })
      .def_property_readonly("body", [](const warta::WarcRecord& r) { return py::bytes(r.body); })
      .def_readonly("error_code", &warta::WarcRecord::error_code)
      .def_property_readonly("error_message", [](const warta::WarcRecord& r) { return lenient_text(r.error_message); })
      .def("parse", &parse_record, py::arg("now") = py::none(),
           "Parses the body as the page at target_uri with the HTTP charset; raises ParseError.")
      .def("__repr__", [](const warta::WarcRecord& r) {
        std::string text = "<warta.WarcRecord " + lenient_text(r.record_id).cast<std::string>() + " " +
                           py::repr(lenient_text(r.target_uri)).cast<std::string>() + " status=" +
                           std::to_string(r.http_status);
        text += r.error_code.empty() ? " body=" + std::to_string(r.body.size()) + " bytes>" : " error=" + r.error_code + ">";
        return text;
      });

  py::class_<PyWarcReader>(m, "WarcReader")
      .def(py::init<const py::object&, std::size_t, bool>(), py::arg("source"), py::arg("max_body_bytes"),
           py::arg("html_only"))
      .def("__iter__", [](PyWarcReader& reader) -> PyWarcReader& { return reader; })
      .def("__next__", &PyWarcReader::next);

  m.def("parse", &parse, py::arg("html"), py::arg("url") = py::none(), py::arg("now") = py::none(),
        py::arg("charset") = py::none());
  m.def("parse_date", &parse_date, py::arg("text"), py::arg("now") = py::none());
}
