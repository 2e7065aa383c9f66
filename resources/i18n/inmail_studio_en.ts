<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CoachPanel</name>
    <message numerus="yes">
        <source>%n asks</source>
        <translation>
            <numerusform>%n ask</numerusform>
            <numerusform>%n asks</numerusform>
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
    <name>ProspectsPanel</name>
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
</context>
</TS>
