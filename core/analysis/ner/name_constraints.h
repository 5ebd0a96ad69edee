#pragma once

#include "analysis/ner/labels.h"

#include <QList>
#include <QStringView>

namespace newsmark::ner {

// What a span must look like before the reader is shown it, whatever the model or the patterns
// said (docs/ENTITIES.md, "Constraints"). Applied to the ranges of one line:
// - nothing inside a URL, an e-mail address, a path or markup ("src=x onerror=alert"): a token
//   with "://", "www.", '@', '=', '<', '>', '{', '}' or a '/' between letters or digits holds no
//   name, date or count;
// - a single syllable or letter is a person only with a sign that it stands for a name: 씨, 모,
//   군, 양 or an age in brackets right after it ("김씨", "A씨", "박모(45)"), or a title as the
//   next word ("최 회장", "박 의원"); a single syllable is never an organization or a place
//   ("한미", "남북": the countries abbreviated, not a body);
// - an interjection quoted is not a person: a person span that begins a quotation of at most
//   three words glossed in brackets or followed by a quoting ending ("원더풀(굉장했다)"이라고,
//   "나이스 가이"라며) is dropped (a name quoted alone, '홍설'이라는 인물, is left to the model);
// - countries abbreviated to a syllable each ("한미", "남북", "한중일") are no organization and
//   no single place;
// and one repair: a two-syllable person before 의 where 의 cannot be the genitive particle (a
// bracket or a title follows: "손정의(일본명 …)", "손정의 회장") takes the 의 as its last
// syllable.
void applyNameConstraints(QStringView line, QList<TypedRange> &ranges);
// Whether `range` of `line` breaks one of the constraints above.
[[nodiscard]] bool breaksNameConstraints(QStringView line, const TypedRange &range);

// A token (between spaces) that is a URL, an e-mail address, a path or markup rather than words.
[[nodiscard]] bool isCodeLike(QStringView token);

// Three Hangul syllables beginning with a common family name ("유영상").
[[nodiscard]] bool looksLikeKoreanName(QStringView word);

// Whether the word starting at `at` begins with a title or role that follows a person's name
// ("회장", "의원", "감독" ...).
[[nodiscard]] bool startsWithPersonTitle(QStringView line, qsizetype at);

} // namespace newsmark::ner
