#include "console.h"

#include "i18n/ui_language.h"

#include <QDir>
#include <QList>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace newsmark::cli {

namespace {

thread_local const CommandStreams *t_streams = nullptr;

bool write(std::FILE *stream, const QByteArray &bytes)
{
    const bool written =
            std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream) == size_t(bytes.size());
    return std::fflush(stream) == 0 && written;
}

// Wide and fullwidth ranges of Unicode's East Asian Width property, enough for Hangul, CJK,
// kana, fullwidth forms and emoji; combining marks and other zero-width code points count as one
// column, which terminals mostly agree with for news text.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E)
            || (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF)
            || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
            || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF)
            || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
            || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

ScopedStreams::ScopedStreams(const CommandStreams &streams)
    : m_previous(std::exchange(t_streams, &streams))
{ }

ScopedStreams::~ScopedStreams()
{
    t_streams = m_previous;
}

bool runsLocally()
{
    return t_streams == nullptr;
}

QString absolutePath(const QString &path)
{
    if (t_streams && !t_streams->workingDirectory.isEmpty())
        return QDir(t_streams->workingDirectory).absoluteFilePath(path);
    return QDir::current().absoluteFilePath(path);
}

bool errorIsTerminal()
{
    return t_streams ? t_streams->errorIsTerminal : ::isatty(STDERR_FILENO) == 1;
}

namespace {

volatile std::sig_atomic_t stopAsked = 0;

extern "C" void onStopSignal(int)
{
    stopAsked = 1;
}

} // namespace

StopRequests::StopRequests()
    : m_local(runsLocally())
{
    if (!m_local)
        return;
    stopAsked = 0;
    m_previousInt = std::signal(SIGINT, onStopSignal);
    m_previousTerm = std::signal(SIGTERM, onStopSignal);
}

StopRequests::~StopRequests()
{
    if (!m_local)
        return;
    std::signal(SIGINT, m_previousInt);
    std::signal(SIGTERM, m_previousTerm);
}

bool StopRequests::keepGoing() const
{
    return m_local ? stopAsked == 0 : !clientGone();
}

bool clientGone()
{
    return t_streams && t_streams->cancelled && t_streams->cancelled();
}

bool writeOutBytes(const QByteArray &bytes)
{
    if (t_streams) {
        t_streams->out(bytes);
        return true;
    }
    return write(stdout, bytes);
}

void printOut(QStringView text)
{
    writeOutBytes(text.toUtf8());
}

void printErr(QStringView text)
{
    // Messages only, never data: their Korean particles chosen for the words filled in.
    const QByteArray bytes = koreanParticles(text.toString()).toUtf8();
    if (t_streams)
        t_streams->err(bytes);
    else
        write(stderr, bytes);
}

int fail(const QString &message)
{
    printErr(QString(programName % u": " % message % u'\n'));
    return ExitFailure;
}

qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString fitToWidth(const QString &text, qsizetype width)
{
    qsizetype used = displayWidth(text);
    if (used <= width)
        return text + QString(width - used, u' ');

    QString cut;
    used = 0;
    const qsizetype room = width - 1; // the ellipsis takes one column
    for (const char32_t c : text.toUcs4()) {
        const qsizetype w = isWide(c) ? 2 : 1;
        if (used + w > room)
            break;
        cut += QString::fromUcs4(&c, 1);
        used += w;
    }
    return cut + u'…' + QString(room - used, u' ');
}

} // namespace newsmark::cli
