<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s).</source>
        <translation>
            <numerusform>Counted %n serum/plasma magnesium result.</numerusform>
            <numerusform>Counted %n serum/plasma magnesium results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.</source>
        <translation>
            <numerusform>Counted %n serum/plasma magnesium result; {excluded} urine or red-cell results are not counted.</numerusform>
            <numerusform>Counted %n serum/plasma magnesium results; {excluded} urine or red-cell results are not counted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n result(s) taken off metformin left out</source>
        <translation>
            <numerusform>; %n result taken off metformin is left out</numerusform>
            <numerusform>; %n results taken off metformin are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</source>
        <translation>
            <numerusform>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</numerusform>
            <numerusform>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</source>
        <translation>
            <numerusform>Ordinary least squares through %n numeric serum/plasma result taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</numerusform>
            <numerusform>Ordinary least squares through %n numeric serum/plasma results taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</source>
        <translation>
            <numerusform>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</numerusform>
            <numerusform>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n result waiting to be sent.</numerusform>
            <numerusform>%n results waiting to be sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation>
            <numerusform>%n result not accepted by the server: check each, enter it again if needed, then discard it.</numerusform>
            <numerusform>%n results not accepted by the server: check each, enter it again if needed, then discard it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or low patient(s) first; reading every result…</source>
        <translation>
            <numerusform>%n critical or low patient first; reading every result…</numerusform>
            <numerusform>%n critical or low patients first; reading every result…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>import</name>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation>
            <numerusform>%n row has a date such as 03/04/2024 that reads two ways: choose how dates are written above.</numerusform>
            <numerusform>%n rows have dates such as 03/04/2024 that read two ways: choose how dates are written above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation>
            <numerusform>%n new patient will be created.</numerusform>
            <numerusform>%n new patients will be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation>
            <numerusform>type {type}, assigned by {authority} (%n message)</numerusform>
            <numerusform>type {type}, assigned by {authority} (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation>
            <numerusform>type {type} (%n message)</numerusform>
            <numerusform>type {type} (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation>
            <numerusform>Lab code {code} (%n result)</numerusform>
            <numerusform>Lab code {code} (%n results)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation>
            <numerusform>%n result waits for a clinician&apos;s review</numerusform>
            <numerusform>%n results wait for a clinician&apos;s review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation>
            <numerusform>Exported %n result as FHIR to {name}.</numerusform>
            <numerusform>Exported %n results as FHIR to {name}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation>
            <numerusform>%n result waiting to be sent</numerusform>
            <numerusform>%n results waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation>
            <numerusform>%n result not accepted: open</numerusform>
            <numerusform>%n results not accepted: open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation>
            <numerusform>%n result was not accepted by the clinic server and is kept: click the outbox note.</numerusform>
            <numerusform>%n results were not accepted by the clinic server and are kept: click the outbox note.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation>
            <numerusform>%n result sent to the clinic server.</numerusform>
            <numerusform>%n results sent to the clinic server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>report</name>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation>
            <numerusform>%n urine or red-cell result is not serum and is not shown.</numerusform>
            <numerusform>%n urine or red-cell results are not serum and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation>
            <numerusform>%n result off metformin</numerusform>
            <numerusform>%n results off metformin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
</TS>
