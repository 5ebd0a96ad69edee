#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace newsmark {

// Text the core shows to people (error messages, the reader's legend, export headings, amount
// read-outs): CoreText::tr("…") is translated into the UI language like a window's tr(). One
// context for the core keeps the .ts short for the translator; lupdate reads it like any tr().
class CoreText final
{
    Q_DECLARE_TR_FUNCTIONS(newsmark::Core)
};

// The languages Newsmark speaks, as QSettings' ui/language and --language spell them.
inline constexpr char16_t kUiEnglish[] = u"en";
inline constexpr char16_t kUiKorean[] = u"ko";

// True for "en" and "ko"; the empty string (follow the system) is not a language.
[[nodiscard]] bool isUiLanguage(const QString &code);

// The language to speak: `requested` when it is one Newsmark speaks, else the first of the
// system's UI languages (QLocale::system(): LANGUAGE, LC_ALL, LC_MESSAGES, LANG) it speaks, else
// English.
[[nodiscard]] QString resolveUiLanguage(const QString &requested);

// What the command line or the environment asks for: the value of `--language X` or
// `--language=X` in `arguments` (which it removes from them), else NEWSMARK_LANGUAGE; empty when
// neither says. `*error` names a value that is not en or ko; the caller says so and stops.
[[nodiscard]] QString takeRequestedUiLanguage(QStringList *arguments, QString *error);

// Installs Newsmark's translations (:/i18n/newsmark_<lang>.qm, the English one only for
// plurals) and Qt's own (qtbase, qtwebengine: standard buttons, file dialogs, the page's context
// menu) for `language` into the running application, and makes it the default QLocale when the
// system's differs. Returns the language installed. Call once, after the application exists.
QString installTranslations(const QString &language);

// The language installed by installTranslations(); "en" before.
[[nodiscard]] QString uiLanguage();

// Korean particles chosen for the word a translation could not know: "“%1”을(를)" once %1 is
// filled becomes "“서울”을" or "“SK하이닉스”를". 이(가), 은(는), 을(를), 과(와)/와(과), (으)로
// and (이)라 follow the sound the word before ends in: a Hangul syllable's final consonant, a
// number as it is read (1 일, 10 십, 1000 천 …). Closing quotes and a bracketed aside before the
// particle are looked past ("730조원(부제)이"). A word in other letters keeps both forms.
[[nodiscard]] QString koreanParticles(const QString &text);

} // namespace newsmark
