<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CoachPanel</name>
    <message>
        <source>Message score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing or pick a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Coach&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n asks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Subject: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: this message is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;i&gt;Pick a finding to see how to fix it and why.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftSession</name>
    <message>
        <source>%s (from a second window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft was changed in another InMail Studio window. Your text here was kept as a separate draft, “%s”; the other version is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search templates (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any DMU role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write from this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  ★ mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;No template selected.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>InMail Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You edited the text by hand, so the prospect form no longer changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Message&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the window could not be built: %s

Your drafts are saved. Please close InMail Studio and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template could not be filled in: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach hit a problem: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Import prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %s, columns separated by a %s. Check which field each column fills:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message>
        <source>Subject: say why you write, in under 60 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your message, or pick a template on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobilePreview</name>
    <message>
        <source>Phone preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On a phone&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The subject is cut off after about %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message>
        <source>Pick a template to fill it in for a prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Prospect&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProspectsPanel</name>
    <message>
        <source>Prospect list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next prospect ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lists yet: import a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prospect(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate row(s) merged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back at the top of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in this list has been written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export everything about %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported everything stored about %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %s and every detail stored about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1 draft(s) and %2 sent message(s) for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the list “%1” with its %2 prospects, their drafts and sent messages?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendActions</name>
    <message>
        <source>Copy with errors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message still has errors:

%s

Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %s — paste it into LinkedIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject and message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was already marked as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent. Alt+Right goes to the next prospect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent. Ctrl+N starts the next one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium (Career, Business, Sales Navigator, Recruiter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills {{ sender_name }} in every template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to LinkedIn&apos;s defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits the coach checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateActions</name>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your template “%s”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader&apos;s DMU role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {{ first_name }}, {{ company }}, {{ recent_post }}… for the details you fill in per prospect; {{ x | default(&quot;…&quot;) }} gives a fallback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template error: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
