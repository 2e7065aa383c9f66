<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoachPanel</name>
    <message numerus="yes">
        <source>To fill in (%n)</source>
        <translation>
            <numerusform>To fill in (%n)</numerusform>
            <numerusform>To fill in (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Good (%n)</source>
        <translation>
            <numerusform>Good (%n)</numerusform>
            <numerusform>Good (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asks</source>
        <translation>
            <numerusform>%n ask</numerusform>
            <numerusform>%n asks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n details to fill in</source>
        <translation>
            <numerusform>%n detail to fill in</numerusform>
            <numerusform>%n details to fill in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactWarningBar</name>
    <message numerus="yes">
        <source>You wrote to {name} %n day(s) ago ({date}).</source>
        <translation>
            <numerusform>You wrote to {name} %n day ago ({date}).</numerusform>
            <numerusform>You wrote to {name} %n days ago ({date}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>%n people are due a follow-up: no answer, and nothing sent since.</source>
        <translation>
            <numerusform>%n person is due a follow-up: no answer, and nothing sent since.</numerusform>
            <numerusform>%n people are due a follow-up: no answer, and nothing sent since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up delay: %n day(s).</source>
        <translation>
            <numerusform>Follow-up delay: %n day.</numerusform>
            <numerusform>Follow-up delay: %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportButton</name>
    <message numerus="yes">
        <source>%n new message(s) in the log</source>
        <translation>
            <numerusform>%n new message in the log</numerusform>
            <numerusform>%n new messages in the log</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n already there</numerusform>
            <numerusform>%n already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection request(s)</source>
        <translation>
            <numerusform>%n connection request</numerusform>
            <numerusform>%n connection requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you started</source>
        <translation>
            <numerusform>%n conversation you started</numerusform>
            <numerusform>%n conversations you started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation>
            <numerusform>%n replied</numerusform>
            <numerusform>%n replied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation>
            <numerusform>%n row skipped:</numerusform>
            <numerusform>%n rows skipped:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template file(s) not loaded:</source>
        <translation>
            <numerusform>%n template file not loaded:</numerusform>
            <numerusform>%n template files not loaded:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message numerus="yes">
        <source>%n rows in the file</source>
        <translation>
            <numerusform>%n row in the file</numerusform>
            <numerusform>%n rows in the file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEditor</name>
    <message numerus="yes">
        <source>%Ln words (aim %1–%2)</source>
        <translation>
            <numerusform>%Ln word (aim %1–%2)</numerusform>
            <numerusform>%Ln words (aim %1–%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln/%1 words</source>
        <translation>
            <numerusform>%Ln/%1 words</numerusform>
            <numerusform>%Ln/%1 words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln characters</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MobilePreview</name>
    <message numerus="yes">
        <source>The subject is cut off after about %n characters.</source>
        <translation>
            <numerusform>The subject is cut off after about %n character.</numerusform>
            <numerusform>The subject is cut off after about %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectFiles</name>
    <message numerus="yes">
        <source>%n sent message(s)</source>
        <translation>
            <numerusform>%n sent message</numerusform>
            <numerusform>%n sent messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s)</source>
        <translation>
            <numerusform>%n draft</numerusform>
            <numerusform>%n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n prospect(s)</source>
        <translation>
            <numerusform>Imported %n prospect</numerusform>
            <numerusform>Imported %n prospects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate row(s) merged</source>
        <translation>
            <numerusform>; %n duplicate row merged</numerusform>
            <numerusform>; %n duplicate rows merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProspectForm</name>
    <message numerus="yes">
        <source>%n details to fill in</source>
        <translation>
            <numerusform>%n detail to fill in</numerusform>
            <numerusform>%n details to fill in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsSettingsForm</name>
    <message numerus="yes">
        <source>Taken: %n credit(s) from now on.</source>
        <translation>
            <numerusform>Taken: %n credit from now on.</numerusform>
            <numerusform>Taken: %n credits from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentActionsBar</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
</context>
</TS>
