<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>newsmark::Core</name>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::cli</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exported %n note(s) to %1
</source>
        <translation>
            <numerusform>exported %n note to %1
</numerusform>
            <numerusform>exported %n notes to %1
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::FeedsController</name>
    <message numerus="yes">
        <source>%n new article(s) from feeds</source>
        <translation>
            <numerusform>%n new article from feeds</numerusform>
            <numerusform>%n new articles from feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated at the source</source>
        <translation>
            <numerusform>%n updated at the source</numerusform>
            <numerusform>%n updated at the source</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) failing: %1</source>
        <translation>
            <numerusform>%n feed failing: %1</numerusform>
            <numerusform>%n feeds failing: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved &quot;%1&quot; with %n image(s)</source>
        <translation>
            <numerusform>Saved &quot;%1&quot; with %n image</numerusform>
            <numerusform>Saved &quot;%1&quot; with %n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %1: %n article(s)</source>
        <translation>
            <numerusform>Subscribed to %1: %n article</numerusform>
            <numerusform>Subscribed to %1: %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n article(s) stay in the library, with their notes.</source>
        <translation>
            <numerusform>Its %n article stays in the library, with its notes.</numerusform>
            <numerusform>Its %n articles stay in the library, with their notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Subscribed to %n feed(s) from %1</source>
        <translation>
            <numerusform>Subscribed to %n feed from %1</numerusform>
            <numerusform>Subscribed to %n feeds from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n feed(s) to %1</source>
        <translation>
            <numerusform>Wrote %n feed to %1</numerusform>
            <numerusform>Wrote %n feeds to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) of the Feed Read</source>
        <translation>
            <numerusform>Mark %n Article of the Feed Read</numerusform>
            <numerusform>Mark %n Articles of the Feed Read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) of the Folder Read</source>
        <translation>
            <numerusform>Mark %n Article of the Folder Read</numerusform>
            <numerusform>Mark %n Articles of the Folder Read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::FeedsPane</name>
    <message numerus="yes">
        <source>Failing: %1 (%n time(s) in a row)</source>
        <translation>
            <numerusform>Failing: %1 (%n time)</numerusform>
            <numerusform>Failing: %1 (%n times in a row)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::ListActions</name>
    <message numerus="yes">
        <source>Star %n Article(s)</source>
        <translation>
            <numerusform>Star %n Article</numerusform>
            <numerusform>Star %n Articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unstar %n Article(s)</source>
        <translation>
            <numerusform>Unstar %n Article</numerusform>
            <numerusform>Unstar %n Articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) Read</source>
        <translation>
            <numerusform>Mark %n Article Read</numerusform>
            <numerusform>Mark %n Articles Read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n Article(s) Unread</source>
        <translation>
            <numerusform>Mark %n Article Unread</numerusform>
            <numerusform>Mark %n Articles Unread</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark All %n Article(s) Read</source>
        <translation>
            <numerusform>Mark the %n Article Read</numerusform>
            <numerusform>Mark All %n Articles Read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) marked read</source>
        <translation>
            <numerusform>%n article marked read</numerusform>
            <numerusform>%n articles marked read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n article(s) in the Trash</source>
        <translation>
            <numerusform>%n article in the Trash</numerusform>
            <numerusform>%n articles in the Trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::NotesController</name>
    <message numerus="yes">
        <source>Exported %n note(s) to %1</source>
        <translation>
            <numerusform>Exported %n note to %1</numerusform>
            <numerusform>Exported %n notes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::TrashCommands</name>
    <message numerus="yes">
        <source>Move %n Article(s) to Trash</source>
        <translation>
            <numerusform>Move %n Article to Trash</numerusform>
            <numerusform>Move %n Articles to Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n Article(s) from Trash</source>
        <translation>
            <numerusform>Restore %n Article from Trash</numerusform>
            <numerusform>Restore %n Articles from Trash</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>newsmark::gui::TrashController</name>
    <message numerus="yes">
        <source>%n article(s) moved to the Trash</source>
        <translation>
            <numerusform>%n article moved to the Trash</numerusform>
            <numerusform>%n articles moved to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) restored from the Trash</source>
        <translation>
            <numerusform>%n article restored from the Trash</numerusform>
            <numerusform>%n articles restored from the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) permanently?</source>
        <translation>
            <numerusform>Delete %n article permanently?</numerusform>
            <numerusform>Delete %n articles permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n article(s) in the Trash permanently?</source>
        <translation>
            <numerusform>Delete the %n article in the Trash permanently?</numerusform>
            <numerusform>Delete the %n articles in the Trash permanently?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) deleted permanently</source>
        <translation>
            <numerusform>%n article deleted permanently</numerusform>
            <numerusform>%n articles deleted permanently</numerusform>
        </translation>
    </message>
</context>
</TS>
