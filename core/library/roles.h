#pragma once

#include <Qt>

namespace newsmark {

// Item data roles of the core models, shared with the delegates in ui/.
enum ItemRole {
    ArticleIdRole = Qt::UserRole + 1,
    ArticleReadRole,
    ArticleStarredRole,
};

} // namespace newsmark
