<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>Too many requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests. Try again in %n second.</numerusform>
            <numerusform>Too many requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::Console</name>
    <message numerus="yes">
        <source>%n held request(s) go once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</source>
        <translation>
            <numerusform>%n held request goes once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</numerusform>
            <numerusform>%n held requests go once you sign in again to %1. Signing in to another profile keeps the pending actions for %1 and drops the other requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::MainWindow</name>
    <message numerus="yes">
        <source>%n action(s) held until you sign in again</source>
        <translation>
            <numerusform>%n action held until you sign in again</numerusform>
            <numerusform>%n actions held until you sign in again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) held while signing in again</source>
        <translation>
            <numerusform>%n action held while signing in again</numerusform>
            <numerusform>%n actions held while signing in again</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::OutboxStatus</name>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Popsell asked to wait: trying again in %n s</source>
        <translation>
            <numerusform>Popsell asked to wait: trying again in %n s</numerusform>
            <numerusform>Popsell asked to wait: trying again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::app::SessionActions</name>
    <message numerus="yes">
        <source>%n request(s) of %1 are held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</source>
        <translation>
            <numerusform>%n request of %1 is held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</numerusform>
            <numerusform>%n requests of %1 are held until you sign in again. Switching to %2 keeps its pending actions for later and drops the other requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::auth::SecretStore</name>
    <message numerus="yes">
        <source>Not saved: the secret is %n byte(s) long, more than the %1 bytes a keychain entry holds.</source>
        <translation>
            <numerusform>Not saved: the secret is %n byte long, more than the %1 bytes a keychain entry holds.</numerusform>
            <numerusform>Not saved: the secret is %n bytes long, more than the %1 bytes a keychain entry holds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::cli::CommandRun</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and were left out</source>
        <translation>
            <numerusform>%n item could not be read and was left out</numerusform>
            <numerusform>%n items could not be read and were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>popsell::models::BrandTagSearchModel</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
