#pragma once

#include "render/reader_page.h"

#include <QString>

class QPalette;

namespace newsmark::gui {

// What the user picked in View > Theme. System follows the desktop's palette.
enum class ThemeChoice { Light, Dark, System };

[[nodiscard]] ReaderTheme resolveTheme(ThemeChoice choice, const QPalette &palette);
[[nodiscard]] QString themeChoiceKey(ThemeChoice choice);
[[nodiscard]] ThemeChoice themeChoiceFromKey(const QString &key);

} // namespace newsmark::gui
