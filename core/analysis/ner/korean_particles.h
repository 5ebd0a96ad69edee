#pragma once

#include <QChar>
#include <QStringView>

namespace newsmark::ner {

// Korean particles (josa), alone or stacked ("에서는", "과의"), and the copula endings that
// attach to nouns ("이다", "였다"). Names are followed by them without a space, so both the
// model's features and the gazetteer look for where the name ends and the particle begins.
[[nodiscard]] bool isParticle(QStringView text);

// Length of the longest particle ending `word` that leaves at least one character of stem;
// 0 when the word ends in none.
[[nodiscard]] qsizetype particleSuffixLength(QStringView word);

// Hangul syllables (가-힣).
[[nodiscard]] constexpr bool isHangulSyllable(char16_t c)
{
    return c >= 0xAC00 && c <= 0xD7A3;
}

// QChar::isLetterOrNumber(), answered without Qt's Unicode table for Hangul syllables (all of
// them letters): the gazetteer and the linker ask it of nearly every character of an article.
[[nodiscard]] inline bool isLetterOrNumber(QChar c)
{
    return isHangulSyllable(c.unicode()) || c.isLetterOrNumber();
}

} // namespace newsmark::ner
