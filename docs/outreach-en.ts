<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>ContactWarningBar</name>
    <message numerus="yes">
        <source>You wrote to {name} %n day(s) ago ({date}).</source>
        <translation><numerusform>You wrote to {name} %n day ago ({date}).</numerusform><numerusform>You wrote to {name} %n days ago ({date}).</numerusform></translation>
    </message>
</context>
<context>
    <name>DueTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message numerus="yes">
        <source>%n people are due a follow-up: no answer, and nothing sent since.</source>
        <translation><numerusform>%n person is due a follow-up: no answer, and nothing sent since.</numerusform><numerusform>%n people are due a follow-up: no answer, and nothing sent since.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up delay: %n day(s).</source>
        <translation><numerusform>Follow-up delay: %n day.</numerusform><numerusform>Follow-up delay: %n days.</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportButton</name>
    <message numerus="yes">
        <source>%n new message(s) in the log</source>
        <translation><numerusform>%n new message in the log</numerusform><numerusform>%n new messages in the log</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation><numerusform>%n already there</numerusform><numerusform>%n already there</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n connection request(s)</source>
        <translation><numerusform>%n connection request</numerusform><numerusform>%n connection requests</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation><numerusform>%n accepted</numerusform><numerusform>%n accepted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) you started</source>
        <translation><numerusform>%n conversation you started</numerusform><numerusform>%n conversations you started</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n replied</source>
        <translation><numerusform>%n replied</numerusform><numerusform>%n replied</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped:</source>
        <translation><numerusform>%n row skipped:</numerusform><numerusform>%n rows skipped:</numerusform></translation>
    </message>
</context>
<context>
    <name>SentActionsBar</name>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation><numerusform>%n message</numerusform><numerusform>%n messages</numerusform></translation>
    </message>
</context>
</TS>