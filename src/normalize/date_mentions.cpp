#include "normalize/dates.hpp"

#include "indonesian.hpp"
#include "normalize/calendar.hpp"
#include "normalize/date_tokens.hpp"

namespace warta::detail {

namespace {

// The year of an ISO date's text ("2024-05-15T..." -> 2024).
std::optional<int> year_of(const std::optional<std::string>& iso) {
  if (!iso || iso->size() < 4 || !all_digits(std::string_view(*iso).substr(0, 4))) return std::nullopt;
  return to_int(std::string_view(*iso).substr(0, 4));
}

// The year a "Jumat (17/3)" mention without a year means: the article's year, or the adjacent year
// when only that one makes the weekday right (a March Friday mentioned in a January article).
std::optional<int> mention_year(int weekday, int month, int day, int article_year) {
  const auto fits = [&](int year) {
    return year >= 1 && day <= days_in_month(year, month) && weekday_of(year, month, day) == weekday;
  };
  if (fits(article_year)) return article_year;
  if (fits(article_year - 1)) return article_year - 1;
  if (fits(article_year + 1)) return article_year + 1;
  if (day <= days_in_month(article_year, month)) return article_year;
  return std::nullopt;
}

}  // namespace

std::vector<DateMention> find_date_mentions(const std::vector<Block>& body,
                                            const std::optional<std::string>& published) {
  std::vector<DateMention> mentions;
  const std::optional<int> article_year = year_of(published);
  for (std::size_t block = 0; block < body.size(); ++block) {
    const std::string& text = body[block].text;
    if (text.find('(') == std::string::npos) continue;  // every mention has its date in brackets
    const std::vector<Token> tokens = tokenize(text);
    const auto symbol_at = [&](std::size_t i, char c) {
      return i < tokens.size() && tokens[i].kind == TokenKind::punct && tokens[i].symbol == c &&
             !tokens[i].space_before;
    };
    const auto number_at = [&](std::size_t i, std::size_t min_digits, std::size_t max_digits) {
      return i < tokens.size() && tokens[i].kind == TokenKind::number && !tokens[i].space_before &&
             tokens[i].length() >= min_digits && tokens[i].length() <= max_digits;
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].kind != TokenKind::word) continue;
      const std::optional<int> weekday =
          indonesian::weekday_number(std::string_view(text).substr(tokens[i].begin, tokens[i].length()));
      if (!weekday) continue;
      // "Selasa (14/5/2024)", "Kamis (16/5)", "Senin, (13/5)"
      std::size_t j = i + 1;
      if (j < tokens.size() && tokens[j].kind == TokenKind::punct && tokens[j].symbol == ',') ++j;
      if (!(j < tokens.size() && tokens[j].kind == TokenKind::punct && tokens[j].symbol == '(')) continue;
      if (!number_at(j + 1, 1, 2) || !symbol_at(j + 2, '/') || !number_at(j + 3, 1, 2)) continue;
      const int day = tokens[j + 1].value;
      const int month = tokens[j + 3].value;
      std::size_t close = j + 4;
      std::optional<int> year;
      if (symbol_at(close, '/') && (number_at(close + 1, 4, 4) || number_at(close + 1, 2, 2))) {
        year = tokens[close + 1].value + (tokens[close + 1].length() == 2 ? 2000 : 0);
        close += 2;
      }
      if (!symbol_at(close, ')') || month < 1 || month > 12 || day < 1) continue;
      if (!year && article_year) year = mention_year(*weekday, month, day, *article_year);
      if (!year || *year < 1 || day > days_in_month(*year, month)) continue;
      DateMention mention;
      mention.text = text.substr(tokens[i].begin, tokens[close].end - tokens[i].begin);
      mention.date = *iso_date(*year, month, day);
      mention.block = static_cast<int>(block);
      mentions.push_back(std::move(mention));
      i = close;
    }
  }
  return mentions;
}

}  // namespace warta::detail
