#pragma once

namespace newsmark {
class Database;
}

namespace newsmark::cli {

// Why the queue is indexed now: after a write of ours (import, feeds, save), or before a search
// of a library whose queue a stopped run or an upgrade left.
enum class QueueReason { AfterWrite, BeforeSearch };

// Indexes the articles waiting in search_pending (SearchIndex::build), after the write that
// queued them has committed. A progress line on a terminal; Ctrl+C or SIGTERM (or the client
// going away when the window runs the command) stops after the batch being written, and the
// next command resumes: each batch is its own transaction, so nothing is lost, not even to
// kill -9. Returns false (after saying why) only when the index could not be written.
bool indexQueuedArticles(Database &database, QueueReason reason, bool quiet = false);

} // namespace newsmark::cli
