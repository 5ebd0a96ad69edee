#include "analysis/ner/korean_particles.h"

#include <bitset>
#include <string_view>
#include <unordered_set>

namespace newsmark::ner {

namespace {

constexpr qsizetype kLongestParticle = 4;

const std::unordered_set<std::u16string_view> &particles()
{
    static const std::unordered_set<std::u16string_view> set = {
            u"이",     u"가",     u"은",     u"는",       u"을",     u"를",     u"의",
            u"에",     u"에서",   u"에게",   u"께",       u"께서",   u"와",     u"과",
            u"도",     u"만",     u"로",     u"으로",     u"로서",   u"으로서", u"로써",
            u"부터",   u"까지",   u"이나",   u"나",       u"이며",   u"며",     u"이다",
            u"다",     u"라고",   u"이라고", u"라는",     u"이라는", u"처럼",   u"보다",
            u"한테",   u"랑",     u"이랑",   u"조차",     u"마저",   u"뿐",     u"에는",
            u"에서는", u"에도",   u"에서도", u"으로는",   u"로는",   u"와의",   u"과의",
            u"에서의", u"으로의", u"로의",   u"에의",     u"이었다", u"였다",   u"이고",
            u"이란",   u"란",     u"이든",   u"든",       u"에게는", u"께서는", u"측은",
            u"측이",   u"측의",   u"측",     u"이라며",   u"라며",   u"이지만", u"지만",
            u"엔",     u"에선",   u"으론",   u"론",       u"이야",   u"야",     u"이여",
            u"까지는", u"부터는", u"만의",   u"도의",     u"과는",   u"와는",   u"과도",
            u"와도",   u"이자",   u"인",     u"으로부터", u"로부터", u"에게서"};
    return set;
}

std::u16string_view toStd(QStringView text)
{
    return {text.utf16(), size_t(text.size())};
}

// The characters particles end in, as a bitset over UTF-16: most words end in none of them,
// and are answered without hashing their endings (every word of every line is asked).
const std::bitset<0x10000> &lastCharacters()
{
    static const std::bitset<0x10000> set = [] {
        std::bitset<0x10000> bits;
        for (const std::u16string_view particle : particles())
            bits.set(particle.back());
        return bits;
    }();
    return set;
}

bool mayEndInParticle(QStringView text)
{
    return !text.isEmpty() && lastCharacters()[text.back().unicode()];
}

} // namespace

bool isParticle(QStringView text)
{
    return text.size() <= kLongestParticle && mayEndInParticle(text)
            && particles().contains(toStd(text));
}

qsizetype particleSuffixLength(QStringView word)
{
    if (!mayEndInParticle(word))
        return 0;
    for (qsizetype length = std::min(kLongestParticle, word.size() - 1); length > 0; --length) {
        if (particles().contains(toStd(word.right(length))))
            return length;
    }
    return 0;
}

} // namespace newsmark::ner
