#pragma once

#include <Qt>

namespace newsmark {

// Item data roles of the core models, shared with the delegates in ui/.
enum ItemRole {
    ArticleIdRole = Qt::UserRole + 1,
    ArticleReadRole,
    ArticleStarredRole,
    ArticleUndatedRole, // bool: the text carried no date; the date column shows none
    // Search results (ArticleListModel while searching); none outside a search.
    ArticleSnippetRole, // QString: a passage of the article around its first match
    ArticleSnippetMatchesRole, // QList<int>: [start, end) pairs, UTF-16, in the snippet
    ArticleHeadlineMatchesRole, // QList<int>: [start, end) pairs, UTF-16, in the headline
    // NoteListModel
    NoteIdRole, // QUuid
    NoteArticleIdRole, // ArticleId of the note's article
    NoteColorRole, // the colour's key: "yellow" ...
    NoteTagsRole, // QStringList
    NoteAnchorStateRole, // "exact", "moved", "fuzzy", "orphaned"
    NoteTextChangedRole, // bool: the text changed since the note was made
    NoteOriginalQuoteRole, // the quote as highlighted, beside the current one
    NoteStartRole, // code points into the article's text
};

} // namespace newsmark
