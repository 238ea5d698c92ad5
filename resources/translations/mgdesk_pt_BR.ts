<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Results not yet on the clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from this computer? It is not stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>⚠ The clinic server cannot be reached: showing what was read at {time}, not current. Results you add are kept on this computer and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The converter works as usual (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. TLS is used whenever the server offers it; choose require or verify-full to insist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the server&apos;s name (or address) and the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About the numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>Critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (hypomagnesemia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell (indeterminate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ {words} (borderline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed by {user} on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope ({unit}/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; within each, results waiting for review first. A result waits for review when it is the latest and the patient is critical, low or falling (or it is indeterminate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin only (no other diabetes drug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin with a sulfonylurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin with a proton-pump inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin with a magnesium supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-medication filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC – demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the clinic list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;reviewed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the selected patient&apos;s latest result as reviewed by you, with an optional comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort &amp;plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment &amp;groups (Peters 2013)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open: open one with File &gt; Open database (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic not loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median of all results in each 6-month bin of cumulative time on metformin; results taken off it are left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metformin start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one patient (faint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median per 6 months on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypomagnesemia threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diet only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metformin only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sulfonylurea only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metformin + sulfonylurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insulin-containing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic by treatment group, beside Peters et al. 2013</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean Mg, mmol/L (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% below 0.70</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peters 2013: n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published figures: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the treatment groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({k} uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not studied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the group table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>converter</name>
    <message>
        <source>Serum &amp;magnesium result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a value; a unit written after it also sets the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result in each unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a sentence for the clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a ready sentence for the clinical note (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result in {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold and bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to keep a conversion here. Kept in memory only, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversions this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this session&apos;s conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to copy yet: enter a value first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a value to see it in every unit, with its class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpretation code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} mmol/L is in the band {band} mmol/L: {words} in the profile “{profile}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile names no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypomagnesemia below {threshold}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>mgdesk met an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside mgdesk: {error}

Nothing you entered has been lost. The details were written to:
{path}

Please send that file to your IT contact. Further errors this session are logged only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic &amp;identifier (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1000 (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily d&amp;ose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dose change is a new course: stop this one and add the new dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add magnesium result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pecimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the value as the lab wrote it, with its decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, but not compared with serum bands nor drawn on the serum trend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write {path}: the name must end in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum magnesium trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with mgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>mgdesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day first: 03/04/2024 is 3 April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month first: 03/04/2024 is 4 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How dates are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save rejection report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which PID-3 identifier is the clinic ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patient ID (PID-3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First rows as they will be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mgdesk cannot tell which columns hold the patient, the date and the value. Choose what each column holds below; the file is checked again after each choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnesium results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {kind}. {good} rows can be imported, {bad} are rejected (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} other results are not magnesium; {warnings} warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows: none, every row can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read {header} as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value, in {unit} unless a unit column says otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping remembered from {date} (a file with the same columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first of type MR, else the first (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Map lab code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not magnesium (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= serum magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= urine magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= red-cell magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab sends these results under its own code, and its name says magnesium. Choose what it measures to import them; the choice is remembered for the next file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are read as {field}: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not classified ({specimen})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line}: same sample as {value} {unit} on {date}, not stored ({written} {written_unit}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database opened last, {path}, is not there (moved, deleted or on a drive not connected): no database is open. Open one with File &gt; Open database (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path} (synthetic demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database closed. The converter works without one (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workstation&apos;s database file first (File &gt; Open database); it is copied as is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server database holds records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Add this database&apos;s records beside them? Identifiers are moved past the server&apos;s; a clinic ID both use stops the copy with nothing kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this database to the clinic server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {checksum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {source} to {target} and verified: every table has the same rows and checksum there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the clinic server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database to the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a patient database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import results or medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of {name} was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

Nothing of the file was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a patient database first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export only patient {id}? (No: every patient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo clinic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mgdesk - serum magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results entered while the clinic server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: nothing about a patient leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lab profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab profiles (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}

The profile in use is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen profile not usable ({problem}); using the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic server out of reach; results you add wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About mgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Serum magnesium for clinics that treat type 2 diabetes: exact unit conversion, classification against 0.70 mmol/L, trends over time on metformin.&lt;br&gt;Offline: nothing about a patient leaves this computer.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y this database to the clinic server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;medications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;plot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy for clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a new value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this session&apos;s &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;medication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the patient &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide results and medications &amp;tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;lab profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo clinic (synthetic patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About mgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when mgdesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign off the latest result of {id} as reviewed by you ({user}).
Comment (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient first (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by clinic ID or name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the patient list (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results and medications tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the results and medications tables (Ctrl+Shift+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the patient database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

The converter works without a database (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N).

The converter works without a database (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add one (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} from {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result of {date} ({value} {unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same sample already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that time is the same sample within the written precision. Save it again anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Clinic ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} (off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lab: {flag})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab flagged it {flag}, which is not mgdesk&apos;s class against this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{specimen} magnesium is not compared with serum bands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words} ({code}) against the profile “{profile}”{borderline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, borderline: its written precision straddles a band edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could be on either side of the hypomagnesemia threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sulfonylurea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insulin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPP-4 inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGLT2 inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLP-1 agonist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proton-pump inhibitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loop diuretic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thiazide diuretic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>magnesium supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plasma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red-cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>born {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sex {sex}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC – a demo patient made by mgdesk&apos;s demo clinic, not a real person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum magnesium report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum/plasma results ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest {shown} of {n} are listed; the plot shows all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off metformin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profile and conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC demo patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write or print the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum magnesium report {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already reached (about {month})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by {span} (due {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} (due within a month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} ({words}) on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} months (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Days taken since the first start ({start}), summed over every course; days off the drug are not counted. Results taken off metformin are drawn hollow grey and left out of the slope and the &apos;after&apos; mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{slope} {unit}/year (95% CI {low} to {high})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean before / after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before} / {after} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▼ FALLING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthetic demo patient, not a real person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synthetic demo patient, not a real person: generated by mgdesk&apos;s demo clinic to show how it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the plot, write the patient report (PDF) or print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as PNG image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as SVG drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save patient report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mgdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other diabetes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diuretic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mg supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{drug} {dose} mg/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium trend plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metformin started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written: {written}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= {value} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{words}, borderline (its precision cannot tell the side of a band edge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off metformin (after {months} cumulative months on it): not in the fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{months} cumulative months on metformin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking: {medications}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Review the latest result of {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add patient {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete patient {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {drug}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add result {value} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit result of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete result of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>clinic threshold {shown}; literature {literature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} (clinic threshold; literature {literature} mmol/L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell whether below the hypomagnesemia threshold of {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the hypomagnesemia threshold of {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not below the hypomagnesemia threshold of {threshold}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value below {bound} mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any value above {bound} mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} is {span}, on both sides of the hypomagnesemia threshold: cannot tell. It could be {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} is {span}: classed {category}, it could be {classes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {edge} threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {edge} mmol/L band edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high} mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} could be {span}: on {what}. Its written precision cannot tell which side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a value: write a number with a decimal point or comma (1.8 or 1,8), optionally followed by its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), optionally followed by its unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is not a number (NaN or infinity): enter a measured value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit &apos;{unit}&apos;. Accepted units: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit. Accepted units: {accepted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} {unit} is above {limit} mmol/L, which no living patient has: check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} cannot be right: a date must lie between {earliest} and tomorrow, {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year {year} cannot be right: it must lie between {earliest} and {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date {stop} is before the start date {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entered} is {category}; as {value} {unit} it would be {mmol} mmol/L, normal - check the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}, borderline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum Mg {entered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serum Mg {entered} = {mmol} mmol/L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} ({details}; hypomagnesemia threshold {threshold})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
