#include "i18n/ui_language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

#include <memory>

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

} // namespace newsmark
