// newsmark-cli's language: the system locale (LANG, LC_MESSAGES, LC_ALL, LANGUAGE), overridden by
// NEWSMARK_LANGUAGE and by --language; messages change with it, machine output never does.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// The locale variables are cleared first, so only `env` decides.
Run runCli(const QStringList &arguments, const QList<std::pair<QString, QString>> &env,
           const QString &scratch)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "NEWSMARK_LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"XDG_DATA_HOME"_s, scratch + u"/xdg-data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, scratch + u"/xdg-config"_s);
    for (const auto &[name, value] : env)
        environment.insert(name, value);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NEWSMARK_CLI), arguments);
    if (!process.waitForFinished(120000))
        qFatal("newsmark-cli did not finish");
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QString kEnglishError = u"'abc' is not an article id"_s;
const QString kKoreanError = u"'abc'은(는) 기사 id가 아닙니다"_s;

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void languageChoice_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<bool>("korean");
        QTest::newRow("Korean system") << QStringList() << u"ko_KR.UTF-8"_s << QString() << true;
        QTest::newRow("English system") << QStringList() << u"en_US.UTF-8"_s << QString() << false;
        QTest::newRow("no locale") << QStringList() << QString() << QString() << false;
        QTest::newRow("environment over system")
                << QStringList() << u"ko_KR.UTF-8"_s << u"en"_s << false;
        QTest::newRow("environment to Korean")
                << QStringList() << u"en_US.UTF-8"_s << u"ko"_s << true;
        QTest::newRow("option over all")
                << QStringList {u"--language"_s, u"ko"_s} << u"en_US.UTF-8"_s << u"en"_s << true;
        QTest::newRow("option=") << QStringList {u"--language=en"_s} << u"ko_KR.UTF-8"_s
                                 << QString() << false;
    }

    void languageChoice()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, lang);
        QFETCH(QString, preferred);
        QFETCH(bool, korean);
        QTemporaryDir scratch;
        QList<std::pair<QString, QString>> env;
        if (!lang.isEmpty())
            env.append({u"LANG"_s, lang});
        if (!preferred.isEmpty())
            env.append({u"NEWSMARK_LANGUAGE"_s, preferred});
        const Run run = runCli(options + QStringList {u"show"_s, u"abc"_s}, env, scratch.path());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(korean ? kKoreanError : kEnglishError), qPrintable(run.err));
        QVERIFY2(!run.err.contains(korean ? kEnglishError : kKoreanError), qPrintable(run.err));
        // The usage hint after it is in the same language.
        QVERIFY2(run.err.contains(korean ? u"자세한 내용은"_s : u"for more information"_s),
                 qPrintable(run.err));
    }

    void unknownLanguageIsRefused()
    {
        QTemporaryDir scratch;
        const Run option = runCli({u"--language"_s, u"fr"_s, u"list"_s}, {}, scratch.path());
        QCOMPARE(option.exitCode, 2);
        QVERIFY2(option.err.contains(u"--language"_s) && option.err.contains(u"“fr”"_s)
                         && option.err.contains(u"en or ko"_s),
                 qPrintable(option.err));
        const Run env = runCli({u"list"_s}, {{u"NEWSMARK_LANGUAGE"_s, u"de"_s}}, scratch.path());
        QCOMPARE(env.exitCode, 2);
        QVERIFY2(env.err.contains(u"NEWSMARK_LANGUAGE"_s) && env.err.contains(u"“de”"_s),
                 qPrintable(env.err));
    }

    // JSON is for programs: the same bytes in either language.
    void machineOutputDoesNotChange()
    {
        QTemporaryDir scratch;
        const QString file = scratch.filePath(u"text.txt"_s);
        QFile text(file);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(u"가온전자는 3조원을 투자해 직원 1,200명을 뽑는다고 김하늘 대표가 밝혔다.\n"_s
                           .toUtf8());
        text.close();
        const Run english = runCli({u"analyze"_s, u"--json"_s, file},
                                   {{u"NEWSMARK_LANGUAGE"_s, u"en"_s}}, scratch.path());
        const Run korean = runCli({u"analyze"_s, u"--json"_s, file},
                                  {{u"NEWSMARK_LANGUAGE"_s, u"ko"_s}}, scratch.path());
        QCOMPARE(english.exitCode, 0);
        QCOMPARE(korean.exitCode, 0);
        QVERIFY(english.out.contains("\"spans\""));
        QCOMPARE(korean.out, english.out);
    }

    // Counts read right in both: "1 article" (English's own plural forms), "기사 1건".
    void pluralsReadRight()
    {
        QTemporaryDir scratch;
        const QString folder = scratch.filePath(u"in"_s);
        QVERIFY(QDir().mkpath(folder));
        QFile article(folder + u"/one.txt"_s);
        QVERIFY(article.open(QIODevice::WriteOnly));
        article.write(
                u"항만 자동화 설비 발주 늘어\n\n가온항만은 올해 설비 발주를 두 배로 늘린다.\n"_s
                        .toUtf8());
        article.close();
        const QString library = scratch.filePath(u"library.sqlite"_s);
        const Run english = runCli({u"import"_s, u"--library"_s, library, folder},
                                   {{u"NEWSMARK_LANGUAGE"_s, u"en"_s}}, scratch.path());
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(english.out.contains("Imported 1 article into"), english.out.constData());
        QVERIFY2(!english.out.contains("article(s)"), english.out.constData());
        const Run korean = runCli({u"import"_s, u"--library"_s, library, folder},
                                  {{u"NEWSMARK_LANGUAGE"_s, u"ko"_s}}, scratch.path());
        QCOMPARE(korean.exitCode, 0);
        const QString out = QString::fromUtf8(korean.out);
        QVERIFY2(out.contains(u"기사 0건 가져옴"_s) && out.contains(u"중복 1건"_s),
                 qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
