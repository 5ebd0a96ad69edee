#include "i18n/ui_language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace newsmark {

namespace {

Q_LOGGING_CATEGORY(lcI18n, "newsmark.i18n")

QString &installedLanguage()
{
    static QString language = QString::fromUtf16(kUiEnglish);
    return language;
}

// "ko-KR", "ko_KR.UTF-8", "en-US" → "ko", "en"; anything else unchanged.
QString languageOf(const QString &name)
{
    return name.section(u'-', 0, 0).section(u'_', 0, 0).section(u'.', 0, 0).toLower();
}

QLocale localeOf(const QString &language)
{
    return language == QStringView(kUiKorean) ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

void loadInto(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(file, directory)) {
        qCDebug(lcI18n) << "no translation" << file << "in" << directory;
        return;
    }
    QCoreApplication::installTranslator(translator.release());
}

} // namespace

bool isUiLanguage(const QString &code)
{
    return code == QStringView(kUiEnglish) || code == QStringView(kUiKorean);
}

QString resolveUiLanguage(const QString &requested)
{
    if (isUiLanguage(requested))
        return requested;
    const QStringList system = QLocale::system().uiLanguages();
    for (const QString &name : system) {
        const QString language = languageOf(name);
        if (isUiLanguage(language))
            return language;
    }
    return QString::fromUtf16(kUiEnglish);
}

QString takeRequestedUiLanguage(QStringList *arguments, QString *error)
{
    QString requested;
    bool fromArguments = false;
    for (qsizetype i = 0; i < arguments->size();) {
        const QString &argument = arguments->at(i);
        if (argument == u"--"_s)
            break;
        if (argument == u"--language"_s) {
            requested = i + 1 < arguments->size() ? arguments->at(i + 1) : QString();
            arguments->remove(i, qMin<qsizetype>(2, arguments->size() - i));
            fromArguments = true;
        } else if (argument.startsWith(u"--language="_s)) {
            requested = argument.mid(11);
            arguments->remove(i);
            fromArguments = true;
        } else {
            ++i;
        }
    }
    if (!fromArguments)
        requested = qEnvironmentVariable("NEWSMARK_LANGUAGE").trimmed();
    if (!requested.isEmpty() && !isUiLanguage(requested)) {
        *error = CoreText::tr("%1 asks for the language “%2”, which Newsmark does not speak: use "
                              "en or ko.")
                         .arg(fromArguments ? u"--language"_s : u"NEWSMARK_LANGUAGE"_s, requested);
        return {};
    }
    return requested;
}

QString installTranslations(const QString &language)
{
    const QString chosen = resolveUiLanguage(language);
    // Newsmark's own: the Korean catalogue, or the English one that holds only the plural forms
    // ("1 article", "2 articles") that the source text writes once as "%n article(s)".
    loadInto(u"newsmark_"_s + chosen, u":/i18n"_s);
    if (chosen != QStringView(kUiEnglish)) {
        const QString qtTranslations = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        loadInto(u"qtbase_"_s + chosen, qtTranslations);
        loadInto(u"qtwebengine_"_s + chosen, qtTranslations);
    }
    // Dates and numbers in the chosen language too, unless the system already speaks it (its
    // own country's formats win) or has no language at all (the C locale reads as English).
    const QLocale system = QLocale::system();
    const bool englishInC = system.language() == QLocale::C && chosen == QStringView(kUiEnglish);
    if (languageOf(system.name()) != chosen && !englishInC)
        QLocale::setDefault(localeOf(chosen));
    installedLanguage() = chosen;
    return chosen;
}

QString uiLanguage()
{
    return installedLanguage();
}

namespace {

// How the word before `end` ends when read aloud: nullopt when it cannot be told (Latin letters,
// nothing), else whether it ends in a final consonant and whether that consonant is ㄹ.
struct Ending
{
    bool final = false;
    bool rieul = false;
};

std::optional<Ending> endingBefore(const QString &text, qsizetype end)
{
    qsizetype i = end - 1;
    // Past closing quotes, and past a bracketed aside to the word it follows.
    while (i >= 0) {
        const QChar c = text.at(i);
        if (c == u'”' || c == u'’' || c == u'"' || c == u'\'' || c == u'」' || c == u'』'
            || c == u'»') {
            --i;
        } else if (c == u')' && i > 0) {
            const qsizetype open = text.lastIndexOf(u'(', i - 1);
            if (open <= 0)
                return std::nullopt;
            i = open - 1;
        } else {
            break;
        }
    }
    if (i < 0)
        return std::nullopt;
    const char16_t c = text.at(i).unicode();
    if (c >= 0xAC00 && c <= 0xD7A3) {
        const int jong = (c - 0xAC00) % 28;
        return Ending {jong != 0, jong == 8};
    }
    if (c < u'0' || c > u'9')
        return std::nullopt;
    // A number is read by its last digit, or by the place of its trailing zeros.
    if (c != u'0') {
        // 일 이 삼 사 오 육 칠 팔 구
        static constexpr bool kFinal[] = {true,  true, false, true, false,
                                          false, true, true,  true, false};
        return Ending {kFinal[c - u'0'], c == u'1' || c == u'7' || c == u'8'};
    }
    int zeros = 0;
    bool otherDigit = false;
    for (qsizetype j = i; j >= 0; --j) {
        const QChar d = text.at(j);
        if (d == u',')
            continue;
        if (d != u'0') {
            otherDigit = d.isDigit();
            break;
        }
        ++zeros;
    }
    if (!otherDigit) // 0 영
        return Ending {true, false};
    // 십 백 천, then 만 (to 천만), 억, 조 (no final consonant)
    if (zeros >= 12 && zeros < 16)
        return Ending {false, false};
    return Ending {true, false};
}

} // namespace

QString koreanParticles(const QString &text)
{
    struct Choice
    {
        QStringView pattern;
        QStringView afterFinal;
        QStringView afterVowel;
    };
    static constexpr Choice kChoices[] = {
            {u"이(가)", u"이", u"가"},   {u"은(는)", u"은", u"는"}, {u"을(를)", u"을", u"를"},
            {u"과(와)", u"과", u"와"},   {u"와(과)", u"과", u"와"}, {u"(으)로", u"으로", u"로"},
            {u"(이)라", u"이라", u"라"},
    };
    if (!text.contains(u'('))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        for (const Choice &choice : kChoices) {
            if (!QStringView(text).mid(i).startsWith(choice.pattern))
                continue;
            const std::optional<Ending> ending = endingBefore(text, i);
            if (!ending)
                break;
            // (으)로 takes 로 after ㄹ as after a vowel.
            const bool withFinal =
                    choice.pattern == u"(으)로" ? ending->final && !ending->rieul : ending->final;
            out += QStringView(text).mid(from, i - from);
            out += withFinal ? choice.afterFinal : choice.afterVowel;
            from = i + choice.pattern.size();
            i = from - 1;
            break;
        }
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace newsmark
