<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="sv_SE">
<context>
    <name>AlumnusTableModel</name>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Första roll efter programmet</source>
        <translation>First role after the programme</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Roll nu</source>
        <translation>Role now</translation>
    </message>
</context>
<context>
    <name>ApologyDialog</name>
    <message>
        <source>Anmäl frånvaro i förväg</source>
        <translation>Report absence in advance</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>t.ex. Mejl 3 feb: kurs i Göteborg</source>
        <translation>e.g. E-mail 3 Feb: course in Gothenburg</translation>
    </message>
    <message>
        <source>&amp;Deltagare:</source>
        <translation>&amp;Participant:</translation>
    </message>
    <message>
        <source>&amp;Seminarium:</source>
        <translation>&amp;Seminar:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>ApplicantTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Ansökt</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Intervju</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Intervjuns utfall</source>
        <translation>Interview outcome</translation>
    </message>
    <message>
        <source>Sedan</source>
        <translation>Since</translation>
    </message>
</context>
<context>
    <name>AttendanceHistory</name>
    <message>
        <source>närvaromatrisen</source>
        <translation>the attendance matrix</translation>
    </message>
    <message>
        <source>signeringsvyn</source>
        <translation>the sign-off view</translation>
    </message>
    <message>
        <source>import från fil</source>
        <translation>import from file</translation>
    </message>
    <message>
        <source>offline-signering</source>
        <translation>offline signing</translation>
    </message>
    <message>
        <source>anmälan i förväg</source>
        <translation>absence reported in advance</translation>
    </message>
    <message>
        <source>sammanslagning av dubbletter</source>
        <translation>merging of duplicates</translation>
    </message>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Seminarium %1: %2</source>
        <translation>Seminar %1: %2</translation>
    </message>
    <message>
        <source>Nu:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <source>Kompletteringsuppgift:</source>
        <translation>Make-up task:</translation>
    </message>
    <message>
        <source>Historik</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Inget registrerat ännu.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signerat&lt;/b&gt; av %1</source>
        <translation>&lt;b&gt;Signed off&lt;/b&gt; by %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Upplåst&lt;/b&gt; av %1</source>
        <translation>&lt;b&gt;Unlocked&lt;/b&gt; by %1</translation>
    </message>
    <message>
        <source>registrerat av %1</source>
        <translation>recorded by %1</translation>
    </message>
    <message>
        <source>Anteckning ändrad</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <source>av %1 via %2</source>
        <translation>by %1 via %2</translation>
    </message>
    <message>
        <source>av %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Skäl: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceImportDialog</name>
    <message>
        <source>Importera närvaro</source>
        <translation>Import attendance</translation>
    </message>
    <message>
        <source>Välj en ifylld närvarolista eller närvaromatris.</source>
        <translation>Choose a filled-in sign-in sheet or attendance matrix.</translation>
    </message>
    <message>
        <source>Alla rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Nya markeringar och anteckningar</source>
        <translation>New marks and notes</translation>
    </message>
    <message>
        <source>Konflikter</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Signerade seminarier</source>
        <translation>Signed-off seminars</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Välj fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Välj närvarolista eller närvaromatris</source>
        <translation>Choose sign-in sheet or attendance matrix</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx *.xlsm *.ods);;Alla filer (*)</source>
        <translation>Excel workbook (*.xlsx *.xlsm *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Närvarolista</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Offline-signering</source>
        <translation>Offline signing</translation>
    </message>
    <message>
        <source>Närvaromatris</source>
        <translation>Attendance matrix</translation>
    </message>
    <message>
        <source>%1 från %2 – %3</source>
        <translation>%1 from %2 – %3</translation>
    </message>
    <message>
        <source>I filen: %1. Tomma rutor ändrar ingenting.</source>
        <translation>In the file: %1. Empty cells change nothing.</translation>
    </message>
    <message>
        <source>Ersätt de %1 markeringar som redan är registrerade med filens (konflikter)</source>
        <translation>Replace the %1 marks already recorded with the file&apos;s (conflicts)</translation>
    </message>
    <message>
        <source>%1 rutor i filen kan inte läsas. Rätta dem i filen, spara och välj den igen; ingenting registreras förrän dess.</source>
        <translation>%1 cells in the file cannot be read. Correct them in the file, save it and choose it again; nothing is recorded until then.</translation>
    </message>
    <message>
        <source>Klart: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
    <message>
        <source>Närvaron kunde inte importeras</source>
        <translation>The attendance could not be imported</translation>
    </message>
    <message>
        <source>&amp;Registrera %1 ändringar</source>
        <translation>&amp;Record %1 changes</translation>
    </message>
    <message>
        <source>&amp;Registrera 1 ändring</source>
        <translation>&amp;Record 1 change</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AttendanceLabels</name>
    <message>
        <source>Ej markerad</source>
        <translation>Not marked</translation>
    </message>
    <message>
        <source>Ej registrerad</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Väntar på markering</source>
        <translation>Awaiting a mark</translation>
    </message>
    <message>
        <source>Ej genomfört</source>
        <translation>Not held yet</translation>
    </message>
    <message>
        <source>Ej aktuell</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>På väg</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>I riskzonen</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Kan inte bli godkänd</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <source>Deltar inte</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <source>Besökare</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>N / 1  Närvarande</source>
        <translation>N / 1  Present</translation>
    </message>
    <message>
        <source>S / 2  Sen</source>
        <translation>S / 2  Late</translation>
    </message>
    <message>
        <source>F / 3  Anmäld frånvaro</source>
        <translation>F / 3  Excused absence</translation>
    </message>
    <message>
        <source>A / 4  Frånvarande</source>
        <translation>A / 4  Absent</translation>
    </message>
    <message>
        <source>Väntar (räknas inte förrän signerat)</source>
        <translation>Pending (does not count until signed off)</translation>
    </message>
    <message>
        <source>Ej registrerad, signerat</source>
        <translation>Not recorded, signed off</translation>
    </message>
    <message>
        <source>Mellanslag växlar markering · Delete tar bort · Ctrl+Enter anteckning · K = kompletteringsuppgift · hörnmarkering = anteckning</source>
        <translation>Space toggles the mark · Delete removes · Ctrl+Enter note · K = make-up task · corner mark = note</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixModel</name>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Deltagit</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Seminarier som räknas som deltagna, av dem deltagaren förväntas på</source>
        <translation>Seminars counted as attended, of those the participant is expected at</translation>
    </message>
    <message>
        <source>– /%1</source>
        <translation>– /%1</translation>
    </message>
    <message>
        <source>Seminarium %1: %2</source>
        <translation>Seminar %1: %2</translation>
    </message>
    <message>
        <source>Termin: %1</source>
        <translation>Term: %1</translation>
    </message>
    <message>
        <source>Tema: %1</source>
        <translation>Theme: %1</translation>
    </message>
    <message>
        <source>varav %1 sena; %2 anmäld frånvaro, %3 frånvarande, %4 ej registrerade vid signering</source>
        <translation>of whom %1 late; %2 excused absence, %3 absent, %4 not recorded at sign-off</translation>
    </message>
    <message>
        <source>Signerat av %1, %2</source>
        <translation>Signed off by %1, %2</translation>
    </message>
    <message>
        <source>%1 – seminarium %2 (%3)</source>
        <translation>%1 – seminar %2 (%3)</translation>
    </message>
    <message>
        <source>Anteckning: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Kompletteringsuppgift registrerad</source>
        <translation>Make-up task recorded</translation>
    </message>
    <message>
        <source>Signerat – lås upp seminariet för att ändra</source>
        <translation>Signed off – unlock the seminar to make changes</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source> · %1 i rad</source>
        <translation> · %1 in a row</translation>
    </message>
    <message>
        <source>Från %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>Till %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>Frånvarande %1 seminarier i rad.</source>
        <translation>Absent from %1 seminars in a row.</translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message>
        <source>Deltagaren förväntas inte vid seminariet (före start eller efter avbrott).</source>
        <translation>The participant is not expected at the seminar (before starting or after leaving).</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <source>Ingen närvaro att visa än – omgången behöver deltagare och seminarier.</source>
        <translation>No attendance to show yet – the cohort needs participants and seminars.</translation>
    </message>
    <message>
        <source>Ingen deltagare matchar urvalet.</source>
        <translation>No participant matches the selection.</translation>
    </message>
    <message>
        <source>Ta bort markering</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <source>&amp;Anteckning …</source>
        <translation>&amp;Note …</translation>
    </message>
    <message>
        <source>&amp;Kompletteringsuppgift …</source>
        <translation>&amp;Make-up task …</translation>
    </message>
    <message>
        <source>Anmäl frånvaro i &amp;förväg …</source>
        <translation>Report absence in &amp;advance …</translation>
    </message>
    <message>
        <source>Öppna &amp;signeringsvy …</source>
        <translation>Open &amp;sign-off view …</translation>
    </message>
    <message>
        <source>&amp;Krav för godkänt …</source>
        <translation>&amp;Completion requirements …</translation>
    </message>
    <message>
        <source>Visa &amp;deltagarkort</source>
        <translation>Show &amp;participant card</translation>
    </message>
    <message>
        <source>&amp;Historik</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sök deltagare …</source>
        <translation>Search participants …</translation>
    </message>
    <message>
        <source>Bara i &amp;riskzonen</source>
        <translation>Only &amp;at risk</translation>
    </message>
    <message>
        <source>Visa bara deltagare i riskzonen, de som inte längre kan bli godkända och de som varit frånvarande två gånger i rad.</source>
        <translation>Show only participants at risk, those who can no longer complete and those absent twice in a row.</translation>
    </message>
    <message>
        <source>Sätt status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Anteckning …</source>
        <translation>Note …</translation>
    </message>
    <message>
        <source>Mer</source>
        <translation>More</translation>
    </message>
    <message>
        <source>Signeringsvy …</source>
        <translation>Sign-off view …</translation>
    </message>
    <message>
        <source>Ta närvaro för seminariet i markerad kolumn (Ctrl+Skift+S)</source>
        <translation>Take attendance for the seminar in the selected column (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Grupp:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Närvaron kunde inte visas</source>
        <translation>The attendance could not be shown</translation>
    </message>
    <message>
        <source>Alla grupper</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 deltagare</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 frånvarande två gånger i rad</source>
        <translation>%1 absent twice in a row</translation>
    </message>
    <message>
        <source>Krav: %1 av %2 seminarier</source>
        <translation>Requirement: %1 of %2 seminars</translation>
    </message>
    <message>
        <source>sen räknas</source>
        <translation>late counts</translation>
    </message>
    <message>
        <source>sen räknas inte</source>
        <translation>late does not count</translation>
    </message>
    <message>
        <source>anmäld frånvaro räknas</source>
        <translation>excused absence counts</translation>
    </message>
    <message>
        <source>alla temaområden</source>
        <translation>all theme areas</translation>
    </message>
    <message>
        <source>komplettering tillåten</source>
        <translation>make-up allowed</translation>
    </message>
    <message>
        <source>minst %1 per läsår</source>
        <translation>at least %1 per school year</translation>
    </message>
    <message>
        <source>Välj en ruta i matrisen för att se dess historik.</source>
        <translation>Choose a cell in the matrix to see its history.</translation>
    </message>
    <message>
        <source>Närvaron kunde inte sparas</source>
        <translation>The attendance could not be saved</translation>
    </message>
    <message>
        <source>Rutorna behåller markeringarna som någon annan gjorde.</source>
        <translation>The cells keep the marks someone else made.</translation>
    </message>
    <message>
        <source>ingen markering</source>
        <translation>no mark</translation>
    </message>
    <message>
        <source>1 ruta fick %2.</source>
        <translation>1 cell got %2.</translation>
    </message>
    <message>
        <source>%1 rutor fick %2.</source>
        <translation>%1 cells got %2.</translation>
    </message>
    <message>
        <source>markering ”%2”</source>
        <translation>mark “%2”</translation>
    </message>
    <message>
        <source>markering ”%2” av %1 rutor</source>
        <translation>mark “%2” on %1 cells</translation>
    </message>
    <message>
        <source>Välj en ruta i ett seminariums kolumn först.</source>
        <translation>Choose a cell in a seminar&apos;s column first.</translation>
    </message>
    <message>
        <source>Sätt en markering först; anteckningen hör till markeringen.</source>
        <translation>Set a mark first; the note belongs to the mark.</translation>
    </message>
    <message>
        <source>%1, seminarium %2</source>
        <translation>%1, seminar %2</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Anteckningen sparades inte</source>
        <translation>The note was not saved</translation>
    </message>
    <message>
        <source>%1 missade seminarium %2 ”%3”.</source>
        <translation>%1 missed seminar %2 “%3”.</translation>
    </message>
    <message>
        <source>Alla seminarier är redan genomförda.</source>
        <translation>All seminars have already been held.</translation>
    </message>
    <message>
        <source>frånvaroanmälan</source>
        <translation>absence report</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Tagen</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Storlek</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Omgångar</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
    <message>
        <source>oläsbar</source>
        <translation>unreadable</translation>
    </message>
    <message>
        <source>vid start</source>
        <translation>at start</translation>
    </message>
    <message>
        <source>vid avslut</source>
        <translation>on close</translation>
    </message>
    <message>
        <source>manuell</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>före import</source>
        <translation>before import</translation>
    </message>
    <message>
        <source>före sammanslagning</source>
        <translation>before merge</translation>
    </message>
    <message>
        <source>före anonymisering</source>
        <translation>before anonymisation</translation>
    </message>
    <message>
        <source>före gallring</source>
        <translation>before thinning</translation>
    </message>
    <message>
        <source>före återställning</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>skadad fil</source>
        <translation>damaged file</translation>
    </message>
    <message>
        <source>före uppgradering %1</source>
        <translation>before upgrade %1</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Säkerhetskopior</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Säkerhetskopiorna sparas i &lt;b&gt;%1&lt;/b&gt;. De tas vid start (en gång om dagen), vid avslut efter ändringar och före import, sammanslagning, anonymisering, gallring och återställning.</source>
        <translation>The backups are saved in &lt;b&gt;%1&lt;/b&gt;. They are taken at start (once a day), on close after changes and before import, merge, anonymisation, thinning and restore.</translation>
    </message>
    <message>
        <source>Det finns inga säkerhetskopior ännu.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <source>Säkerhetskopiera &amp;nu</source>
        <translation>Back up &amp;now</translation>
    </message>
    <message>
        <source>&amp;Återställ …</source>
        <translation>&amp;Restore …</translation>
    </message>
    <message>
        <source>Behåll den senaste kopian för</source>
        <translation>Keep the latest copy for</translation>
    </message>
    <message>
        <source> dagar</source>
        <translation> days</translation>
    </message>
    <message>
        <source> veckor</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source> månader</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Säkerhetskopiering</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Databasen ersätts med säkerhetskopian från %1. Den innehåller %2 program, %3 omgångar och %4 personer.

Den nuvarande databasen sparas först som en ny säkerhetskopia. Personer som har anonymiserats och omgångar som har gallrats efter att kopian togs anonymiseras och gallras igen.</source>
        <translation>The database is replaced by the backup from %1. It holds %2 programmes, %3 cohorts and %4 people.

The current database is first saved as a new backup. People anonymised and cohorts thinned after the backup was taken are anonymised and thinned again.</translation>
    </message>
    <message>
        <source>Återställ säkerhetskopia</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Återställ</source>
        <translation>Restore</translation>
    </message>
</context>
<context>
    <name>CandidateModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Intyg</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Deltagit</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Senast utfärdat</source>
        <translation>Last issued</translation>
    </message>
    <message>
        <source>Deltagarintyg</source>
        <translation>Certificate of participation</translation>
    </message>
    <message>
        <source>%1 seminarier</source>
        <translation>%1 seminars</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Intyg</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Den som blivit godkänd får ett intyg. Den som inte är godkänd får ett deltagarintyg över de seminarier hen deltagit i, utan ord om godkännande. Organisation, logotyp och undertecknare ställer du in under Arkiv → Inställningar.</source>
        <translation>Those who have completed get a certificate. Those who have not get a certificate of participation listing the seminars they attended, with no word about completion. Set the organisation, logo and signer under File → Settings.</translation>
    </message>
    <message>
        <source>Alla godkända</source>
        <translation>All who completed</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Ingen</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Förhandsgranska och skriv ut …</source>
        <translation>Preview and print …</translation>
    </message>
    <message>
        <source>Spara som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>En PDF per person …</source>
        <translation>One PDF per person …</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Markera vem eller vilka som ska få intyg.</source>
        <translation>Select who should get certificates.</translation>
    </message>
    <message>
        <source>Förhandsgranska intyg</source>
        <translation>Preview certificates</translation>
    </message>
    <message>
        <source>Spara intyg</source>
        <translation>Save certificates</translation>
    </message>
    <message>
        <source>Mapp för intygen</source>
        <translation>Folder for the certificates</translation>
    </message>
    <message>
        <source>Intygen kunde inte sparas</source>
        <translation>The certificates could not be saved</translation>
    </message>
    <message>
        <source>Intyg sparade</source>
        <translation>Certificates saved</translation>
    </message>
</context>
<context>
    <name>Checkup</name>
    <message>
        <source>närvarologgen</source>
        <translation>the attendance log</translation>
    </message>
    <message>
        <source>signeringsloggen</source>
        <translation>the sign-off log</translation>
    </message>
    <message>
        <source>rad {row} hade ändrats utanför Seminarkoll</source>
        <translation>row {row} had been changed outside Seminarkoll</translation>
    </message>
    <message>
        <source>rad {row} har lagts till utanför Seminarkoll</source>
        <translation>row {row} has been added outside Seminarkoll</translation>
    </message>
    <message>
        <source>rad {row} har ändrats utanför Seminarkoll</source>
        <translation>row {row} has been changed outside Seminarkoll</translation>
    </message>
    <message>
        <source>rad {row} (den sista) saknas eller har ändrats</source>
        <translation>row {row} (the last) is missing or has been changed</translation>
    </message>
    <message>
        <source>rad {row} saknas (borttagen utanför Seminarkoll)</source>
        <translation>row {row} is missing (removed outside Seminarkoll)</translation>
    </message>
    <message>
        <source>raden före rad {row} saknas (någon av raderna {first}–{last} är borttagen utanför Seminarkoll)</source>
        <translation>the row before row {row} is missing (one of rows {first}–{last} has been removed outside Seminarkoll)</translation>
    </message>
    <message>
        <source>rad {row} har ändrats eller raden efter den saknas</source>
        <translation>row {row} has been changed or the row after it is missing</translation>
    </message>
    <message>
        <source>{problem} (upptäckt före en ändring i programmet)</source>
        <translation>{problem} (found before a change made in the program)</translation>
    </message>
    <message>
        <source>Integritetskontroll: {line}</source>
        <translation>Integrity check: {line}</translation>
    </message>
    <message>
        <source>Integritetskontroll: databasen ligger på en server, som själv sköter sina filer.</source>
        <translation>Integrity check: the database is on a server, which looks after its files.</translation>
    </message>
    <message>
        <source>Integritetskontroll: filen är hel.</source>
        <translation>Integrity check: the file is whole.</translation>
    </message>
    <message>
        <source>Hashkedjan i {chain} ({rows}) är obruten.</source>
        <translation>The hash chain in {chain} ({rows}) is unbroken.</translation>
    </message>
    <message>
        <source>Hashkedjan i {chain} ({rows}) är bruten: {problem}.</source>
        <translation>The hash chain in {chain} ({rows}) is broken: {problem}.</translation>
    </message>
    <message>
        <source>Databasen {location} är skadad.</source>
        <translation>The database {location} is damaged.</translation>
    </message>
    <message>
        <source>Databasen {location} har ändrats utanför Seminarkoll: {chain}, {problem}.</source>
        <translation>The database {location} has been changed outside Seminarkoll: {chain}, {problem}.</translation>
    </message>
    <message>
        <source>Databasen {location} är i ordning.</source>
        <translation>The database {location} is in order.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Seminarkoll: planering, deltagare och närvaro för seminarieserier.</source>
        <translation>Seminarkoll: planning, participants and attendance for seminar series.</translation>
    </message>
    <message>
        <source>visa versionsnumret och avsluta</source>
        <translation>show the version number and exit</translation>
    </message>
    <message>
        <source>KOMMANDO</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>databas att öppna: en SQLite-fil eller en SQLAlchemy-URL (standard: $SEMINARKOLL_DATABASE_URL eller filen i användarens datamapp)</source>
        <translation>database to open: a SQLite file or a SQLAlchemy URL (default: $SEMINARKOLL_DATABASE_URL or the file in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>SÖKVÄG_ELLER_URL</source>
        <translation>PATH_OR_URL</translation>
    </message>
    <message>
        <source>OMGÅNG</source>
        <translation>COHORT</translation>
    </message>
    <message>
        <source>läs in ett exempelprogram (standard: Ledare på lut)</source>
        <translation>load an example programme (default: Ledare på lut)</translation>
    </message>
    <message>
        <source>EXEMPEL</source>
        <translation>EXAMPLE</translation>
    </message>
    <message>
        <source>vilket exempel som läses in (se --list)</source>
        <translation>which example to load (see --list)</translation>
    </message>
    <message>
        <source>visa exemplen och avsluta</source>
        <translation>show the examples and exit</translation>
    </message>
    <message>
        <source>Exempelprogrammet är inläst: %1 seminarier och %2 deltagare (omgång-id %3).</source>
        <translation>The example programme is loaded: %1 seminars and %2 participants (cohort id %3).</translation>
    </message>
    <message>
        <source>skriv ut e-postadresser till deltagare eller föreläsare i en omgång</source>
        <translation>print the e-mail addresses of participants or lecturers in a cohort</translation>
    </message>
    <message>
        <source>Skriver en rad adresser i Outlooks format (Förnamn Efternamn &lt;adress&gt;; …) att klistra in i Till, Kopia eller Hemlig kopia. Vilka som saknar adress står på standardfel. Flera urval tillsammans ger dem som uppfyller alla.</source>
        <translation>Prints one line of addresses in Outlook&apos;s format (First Last &lt;address&gt;; …) to paste into To, Cc or Bcc. Those without an address are named on standard error. Several selections together give those who meet all of them.</translation>
    </message>
    <message>
        <source>NR</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>seminariets nummer (med --absent och liknande)</source>
        <translation>the seminar&apos;s number (with --absent and the like)</translation>
    </message>
    <message>
        <source>de som är markerade frånvarande vid --seminar</source>
        <translation>those marked absent at --seminar</translation>
    </message>
    <message>
        <source>de som har anmält frånvaro vid --seminar</source>
        <translation>those who reported absence for --seminar</translation>
    </message>
    <message>
        <source>de som var där (närvarande eller sena)</source>
        <translation>those who were there (present or late)</translation>
    </message>
    <message>
        <source>de som är i riskzonen, inte längre kan bli godkända eller missat två i rad</source>
        <translation>those at risk, who can no longer complete or who missed two in a row</translation>
    </message>
    <message>
        <source>GRUPP</source>
        <translation>GROUP</translation>
    </message>
    <message>
        <source>gruppens namn eller id</source>
        <translation>the group&apos;s name or id</translation>
    </message>
    <message>
        <source>omgångens föreläsare i stället för deltagarna</source>
        <translation>the cohort&apos;s lecturers instead of the participants</translation>
    </message>
    <message>
        <source>Ange vilket seminarium med --seminar NR.</source>
        <translation>Say which seminar with --seminar NO.</translation>
    </message>
    <message>
        <source>Ange --absent, --excused eller --present tillsammans med --seminar.</source>
        <translation>Give --absent, --excused or --present together with --seminar.</translation>
    </message>
    <message>
        <source>--lecturers går inte att kombinera med urval av deltagare.</source>
        <translation>--lecturers cannot be combined with a selection of participants.</translation>
    </message>
    <message>
        <source>Ingen i urvalet (%1).</source>
        <translation>Nobody in the selection (%1).</translation>
    </message>
    <message>
        <source>Ange gruppen med --group när du väljer en träff med --meeting.</source>
        <translation>Name the group with --group when you choose a meeting with --meeting.</translation>
    </message>
    <message>
        <source>seminariets nummer i omgången, t.ex. 3</source>
        <translation>the seminar&apos;s number in the cohort, e.g. 3</translation>
    </message>
    <message>
        <source>gruppträffens nummer i gruppens träffar i datumordning, t.ex. 2 (med --group)</source>
        <translation>the group meeting&apos;s number among the group&apos;s meetings in date order, e.g. 2 (with --group)</translation>
    </message>
    <message>
        <source>bara den här gruppens medlemmar, t.ex. ”Lärgrupp 1”</source>
        <translation>only this group&apos;s members, e.g. ”Lärgrupp 1”</translation>
    </message>
    <message>
        <source>%1 (%2): %3 är sparad som %4 (%5).</source>
        <translation>%1 (%2): %3 saved as %4 (%5).</translation>
    </message>
    <message>
        <source>kalenderfil</source>
        <translation>calendar file</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Schemat för %1 (%2) är sparat som %3: %4 (%5 seminarier).</source>
        <translation>The schedule for %1 (%2) is saved as %3: %4 (%5 seminars).</translation>
    </message>
    <message>
        <source>Rekryteringsutfallet för %1 är sparat: %2 (%3 omgångar, %4 alumner).</source>
        <translation>The recruitment outcome for %1 is saved: %2 (%3 cohorts, %4 alumni).</translation>
    </message>
    <message>
        <source>deltagarlista som Excel-arbetsbok (.xlsx) eller CSV för andra system (.csv)</source>
        <translation>participant list as an Excel workbook (.xlsx) or CSV for other systems (.csv)</translation>
    </message>
    <message>
        <source>hela omgången: deltagare, närvaro och schema som blad i en arbetsbok (.xlsx)</source>
        <translation>the whole cohort: participants, attendance and schedule as sheets of one workbook (.xlsx)</translation>
    </message>
    <message>
        <source>ett seminariums deltagare och markeringar i en egen fil (.sqlite3) för signering utan nätverk (seminarkoll signoff-offline FIL)</source>
        <translation>one seminar&apos;s participants and marks in a file of their own (.sqlite3) for signing off without a network (seminarkoll signoff-offline FILE)</translation>
    </message>
    <message>
        <source>rekryteringsutfall: alumner i programmets omgångar som fått ledarroller (.xlsx)</source>
        <translation>recruitment outcome: alumni of the programme&apos;s cohorts who have taken leadership roles (.xlsx)</translation>
    </message>
    <message>
        <source>spara i en fil: schema, deltagare, närvaro, närvarolista, intyg, uppföljning …</source>
        <translation>save to a file: schedule, participants, attendance, sign-in sheet, certificates, follow-up …</translation>
    </message>
    <message>
        <source>programmets id eller namn, t.ex. ”Ledare på lut”</source>
        <translation>the programme&apos;s id or name, e.g. “Ledare på lut”</translation>
    </message>
    <message>
        <source>Spara en omgångs uppgifter i en fil.</source>
        <translation>Save a cohort&apos;s data to a file.</translation>
    </message>
    <message>
        <source>Excel-arbetsbok</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <source>omgångens seminarieschema som kalenderfil (.ics), utskrivbar PDF (.pdf) eller Excel-arbetsbok (.xlsx)</source>
        <translation>the cohort&apos;s seminar schedule as a calendar file (.ics), a printable PDF (.pdf) or an Excel workbook (.xlsx)</translation>
    </message>
    <message>
        <source>närvaromatris som Excel-arbetsbok (.xlsx) som kan ändras och importeras tillbaka, eller CSV för andra system (.csv)</source>
        <translation>attendance matrix as an Excel workbook (.xlsx) that can be edited and imported back, or CSV for other systems (.csv)</translation>
    </message>
    <message>
        <source>närvarolista för ett seminarium att fylla i (.xlsx) eller skriva ut (.pdf), eller för en grupps träff (.pdf)</source>
        <translation>sign-in sheet for a seminar to fill in (.xlsx) or print (.pdf), or for a group&apos;s meeting (.pdf)</translation>
    </message>
    <message>
        <source>VAD</source>
        <translation>WHAT</translation>
    </message>
    <message>
        <source>Spara %1.</source>
        <translation>Save %1.</translation>
    </message>
    <message>
        <source>omgångens id eller namn, t.ex. 3 eller ”Omgång 3”</source>
        <translation>the cohort&apos;s id or name, e.g. 3 or “Omgång 3”</translation>
    </message>
    <message>
        <source>säkerhetskopiera databasen (till mappen backups bredvid den, eller till -o FIL)</source>
        <translation>back up the database (to the backups folder beside it, or to -o FILE)</translation>
    </message>
    <message>
        <source>Säkerhetskopierar databasen med SQLites backup-funktion, så kopian blir hel även om programmet är öppet. Utan -o hamnar kopian i mappen backups bredvid databasen och gamla kopior gallras enligt inställningarna.</source>
        <translation>Backs up the database with SQLite&apos;s backup function, so the copy is whole even while the program is open. Without -o the copy goes into the backups folder beside the database and old copies are pruned according to the settings.</translation>
    </message>
    <message>
        <source>FIL</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>skriv kopian till den här filen</source>
        <translation>write the copy to this file</translation>
    </message>
    <message>
        <source>%1 finns redan; välj ett nytt filnamn.</source>
        <translation>%1 already exists; choose a new file name.</translation>
    </message>
    <message>
        <source>Säkerhetskopian är sparad: %1 (%2 byte).</source>
        <translation>The backup is saved: %1 (%2 bytes).</translation>
    </message>
    <message>
        <source>filen att skriva (%1)</source>
        <translation>the file to write (%1)</translation>
    </message>
    <message>
        <source>Filen ”%1” har fel filändelse. Använd %2.</source>
        <translation>The file “%1” has the wrong extension. Use %2.</translation>
    </message>
    <message>
        <source>Mappen %1 finns inte.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 eller %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>läs in en deltagarlista eller närvaro från en fil (Excel, LibreOffice, CSV)</source>
        <translation>read a participant list or attendance from a file (Excel, LibreOffice, CSV)</translation>
    </message>
    <message>
        <source>Läs in en deltagarlista eller närvaro från en fil.</source>
        <translation>Read a participant list or attendance from a file.</translation>
    </message>
    <message>
        <source>deltagarlista (.xlsx, .xls, .ods, .csv) till en omgång</source>
        <translation>participant list (.xlsx, .xls, .ods, .csv) into a cohort</translation>
    </message>
    <message>
        <source>Läs in en deltagarlista till en omgång: nya personer läggs till, personer med samma e-post uppdateras, och alla antas till omgången. Allt eller inget sparas.</source>
        <translation>Read a participant list into a cohort: new people are added, people with the same e-mail address are updated, and everyone is enrolled in the cohort. All or nothing is saved.</translation>
    </message>
    <message>
        <source>BLAD</source>
        <translation>SHEET</translation>
    </message>
    <message>
        <source>bladet att läsa (standard: första)</source>
        <translation>the sheet to read (default: the first)</translation>
    </message>
    <message>
        <source>datumet de antagna börjar, ÅÅÅÅ-MM-DD (standard: i dag, eller omgångens start om inget seminarium har hållits än); de förväntas bara på seminarier från det datumet</source>
        <translation>the date the enrolled participants start, YYYY-MM-DD (default: today, or the cohort&apos;s start if no seminar has been held yet); they are expected only at seminars from that date</translation>
    </message>
    <message>
        <source>importera de giltiga raderna och hoppa över rader med problem</source>
        <translation>import the valid rows and skip rows with problems</translation>
    </message>
    <message>
        <source>ifylld närvarolista eller ändrad närvaromatris (.xlsx) från Seminarkoll</source>
        <translation>filled-in sign-in sheet or edited attendance matrix (.xlsx) from Seminarkoll</translation>
    </message>
    <message>
        <source>Läs tillbaka en ifylld närvarolista eller ändrad närvaromatris. Markeringar som redan finns skrivs aldrig över utan --overwrite; de listas som konflikter.</source>
        <translation>Read back a filled-in sign-in sheet or edited attendance matrix. Marks that already exist are never overwritten without --overwrite; they are listed as conflicts.</translation>
    </message>
    <message>
        <source>låt filens markeringar ersätta de avvikande markeringar som redan finns</source>
        <translation>let the file&apos;s marks replace the differing marks that already exist</translation>
    </message>
    <message>
        <source>HR-lista med senare roller (e-post, roll, arbetsplats, från)</source>
        <translation>HR list of later roles (e-mail, role, workplace, from)</translation>
    </message>
    <message>
        <source>Läs in en lista från HR med kolumnerna e-post, roll, arbetsplats och datum (från). Personerna hittas på e-post; rollerna läggs till i deras historik. Rader som bara upprepar en roll som redan finns hoppas över. Har någon rad problem sparas ingenting.</source>
        <translation>Read a list from HR with the columns e-mail, role, workplace and date (from). People are found by e-mail; the roles are added to their history. Rows that only repeat a role already recorded are skipped. If any row has a problem, nothing is saved.</translation>
    </message>
    <message>
        <source>filen att läsa</source>
        <translation>the file to read</translation>
    </message>
    <message>
        <source>visa vad som skulle hända, men spara inget</source>
        <translation>show what would happen, but save nothing</translation>
    </message>
    <message>
        <source>%1 har problem; ingenting importerades. Rätta filen, eller kör med --skip-invalid för att importera de giltiga raderna.</source>
        <translation>%1 have problems; nothing was imported. Correct the file, or run with --skip-invalid to import the valid rows.</translation>
    </message>
    <message>
        <source>offline-signering (.sqlite3) som Signera offline sparade</source>
        <translation>offline signing (.sqlite3) saved by Sign offline</translation>
    </message>
    <message>
        <source>Läs tillbaka markeringarna från en offline-signering av ett seminarium. Markeringar som stämmer hoppas över, nya registreras, och rutor som ändrats här sedan kopian gjordes listas som konflikter och behålls utan --overwrite.</source>
        <translation>Read back the marks of an offline signing of a seminar. Marks that agree are skipped, new ones are recorded, and cells changed here since the copy was made are listed as conflicts and kept unless --overwrite is given.</translation>
    </message>
    <message>
        <source>%1 nya, %2 uppdaterade, %3 oförändrade</source>
        <translation>%1 new, %2 updated, %3 unchanged</translation>
    </message>
    <message>
        <source>Provkörning: ingenting sparades i %1.</source>
        <translation>Dry run: nothing was saved in %1.</translation>
    </message>
    <message>
        <source>Startdatum för de antagna: %1.</source>
        <translation>Start date of those enrolled: %1.</translation>
    </message>
    <message>
        <source>%1 antagna till %2 från %3.</source>
        <translation>%1 enrolled in %2 from %3.</translation>
    </message>
    <message>
        <source>1 ruta</source>
        <translation>1 cell</translation>
    </message>
    <message>
        <source>%1 rutor</source>
        <translation>%1 cells</translation>
    </message>
    <message>
        <source>%1 i filen kan inte läsas; ingen närvaro importerades.</source>
        <translation>%1 in the file cannot be read; no attendance was imported.</translation>
    </message>
    <message>
        <source>konflikt, det som finns ersätts</source>
        <translation>conflict, the existing mark is replaced</translation>
    </message>
    <message>
        <source>konflikt, det som finns behålls</source>
        <translation>conflict, the existing mark is kept</translation>
    </message>
    <message>
        <source>seminarium %1 är signerat och ändras inte</source>
        <translation>seminar %1 is signed off and is not changed</translation>
    </message>
    <message>
        <source>Provkörning: ingenting sparades.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>%1 har problem; ingenting importerades. Rätta filen.</source>
        <translation>%1 have problems; nothing was imported. Correct the file.</translation>
    </message>
    <message>
        <source>%1 nya roller, %2 fanns redan</source>
        <translation>%1 new roles, %2 already recorded</translation>
    </message>
    <message>
        <source>”{text}” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2016-11-01</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD, e.g. 2016-11-01</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 rader</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>Nya arbetsplatser: %1.</source>
        <translation>New workplaces: %1.</translation>
    </message>
    <message>
        <source>Överhoppade rader (%1 problem):</source>
        <translation>Skipped rows (%1 problems):</translation>
    </message>
    <message>
        <source>lista program och omgångar med deras id</source>
        <translation>list programmes and cohorts with their ids</translation>
    </message>
    <message>
        <source>Databasen har inga program ännu. Läs in exemplet med `seminarkoll demo`.</source>
        <translation>The database has no programmes yet. Load the example with `seminarkoll demo`.</translation>
    </message>
    <message>
        <source>Program %1: %2 (arkiverat)</source>
        <translation>Programme %1: %2 (archived)</translation>
    </message>
    <message>
        <source>Program %1: %2</source>
        <translation>Programme %1: %2</translation>
    </message>
    <message>
        <source>(inga omgångar)</source>
        <translation>(no cohorts)</translation>
    </message>
    <message>
        <source>1 deltagare</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>%1 deltagare</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>Omgång-id %1: %2 (%3), %4, %5</source>
        <translation>Cohort id %1: %2 (%3), %4, %5</translation>
    </message>
    <message>
        <source>de här argumenten saknas: %1</source>
        <translation>the following arguments are required: %1</translation>
    </message>
    <message>
        <source>okända argument: %1</source>
        <translation>unrecognized arguments: %1</translation>
    </message>
    <message>
        <source>%1 behöver ett värde</source>
        <translation>%1 expects one value</translation>
    </message>
    <message>
        <source>%1 behöver minst ett värde</source>
        <translation>%1 expects at least one value</translation>
    </message>
    <message>
        <source>%1: %2 finns inte (välj bland %3)</source>
        <translation>%1: %2 does not exist (choose from %3)</translation>
    </message>
    <message>
        <source>%1: ogiltigt värde %2</source>
        <translation>%1: invalid value %2</translation>
    </message>
    <message>
        <source>%1 tar inget värde (%2)</source>
        <translation>%1 takes no value (%2)</translation>
    </message>
    <message>
        <source>%1 går inte ihop med %2</source>
        <translation>%1 cannot be combined with %2</translation>
    </message>
    <message>
        <source>%1 är tvetydigt: %2</source>
        <translation>%1 is ambiguous: %2</translation>
    </message>
    <message>
        <source>användning: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argument</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>flaggor</source>
        <translation>options</translation>
    </message>
    <message>
        <source>visa den här hjälpen och avsluta</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%1: fel: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Deltagit</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Förväntade</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>visa närvaro och status för godkännande per deltagare i en omgång</source>
        <translation>show attendance and completion status per participant in a cohort</translation>
    </message>
    <message>
        <source>Skriver omgångens namn, en rad per deltagare (namn, arbetsplats, grupp, deltagit/förväntade seminarier, status för godkännande) och en summeringsrad.</source>
        <translation>Prints the cohort&apos;s name, one line per participant (name, workplace, group, attended/expected seminars, completion status) and a totals line.</translation>
    </message>
    <message>
        <source>skriv CSV för skript (semikolon, en rubrikrad, ingen summering)</source>
        <translation>write CSV for scripts (semicolons, one header row, no totals)</translation>
    </message>
    <message>
        <source>%1 deltagare, %2 seminarier (%3 hållna), godkänd med minst %4</source>
        <translation>%1 participants, %2 seminars (%3 held), completed with at least %4</translation>
    </message>
    <message>
        <source>; gruppträffar räknas som tillfällen</source>
        <translation>; group meetings count as occasions</translation>
    </message>
    <message>
        <source>; minst %1 seminarier per läsår</source>
        <translation>; at least %1 seminars per school year</translation>
    </message>
    <message>
        <source>Totalt %1 deltagare</source>
        <translation>Total %1 participants</translation>
    </message>
    <message>
        <source>omgångens id eller namn (se `seminarkoll list`)</source>
        <translation>the cohort&apos;s id or name (see `seminarkoll list`)</translation>
    </message>
    <message>
        <source>intyg (PDF) för dem som blivit godkända, eller deltagarintyg för en person</source>
        <translation>certificates (PDF) for those who have completed, or a certificate of participation for one person</translation>
    </message>
    <message>
        <source>Skriv intyg som PDF: en sida per godkänd deltagare i en fil (-o), en fil per person i en mapp (--separate), eller för en person (--person). Den som inte är godkänd får ett deltagarintyg över de seminarier hen deltagit i.</source>
        <translation>Write certificates as PDF: one page per completed participant in one file (-o), one file per person in a folder (--separate), or for one person (--person). Someone who has not completed gets a certificate of participation listing the seminars they attended.</translation>
    </message>
    <message>
        <source>PDF-filen att skriva</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>MAPP</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>skriv en PDF per person i mappen</source>
        <translation>write one PDF per person into the folder</translation>
    </message>
    <message>
        <source>PERSON</source>
        <translation>PERSON</translation>
    </message>
    <message>
        <source>bara den här deltagaren (namn, e-post eller id)</source>
        <translation>only this participant (name, e-mail or id)</translation>
    </message>
    <message>
        <source>uppföljning med tabeller och diagram (.xlsx eller .pdf)</source>
        <translation>follow-up with tables and charts (.xlsx or .pdf)</translation>
    </message>
    <message>
        <source>Spara uppföljningen av en omgång (--cohort) eller jämförelsen mellan ett programs omgångar (--programme) som Excel-arbetsbok med diagram eller som PDF.</source>
        <translation>Save the follow-up of a cohort (--cohort) or the comparison between a programme&apos;s cohorts (--programme) as an Excel workbook with charts or as a PDF.</translation>
    </message>
    <message>
        <source>omgångens id eller namn</source>
        <translation>the cohort&apos;s id or name</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAMME</translation>
    </message>
    <message>
        <source>programmets id eller namn</source>
        <translation>the programme&apos;s id or name</translation>
    </message>
    <message>
        <source>filen (.xlsx, .pdf)</source>
        <translation>the file (.xlsx, .pdf)</translation>
    </message>
    <message>
        <source>%1 är sparad som %2.</source>
        <translation>%1 is saved as %2.</translation>
    </message>
    <message>
        <source>ersätt databasen med en säkerhetskopia (den nuvarande sparas först)</source>
        <translation>replace the database with a backup (the current one is saved first)</translation>
    </message>
    <message>
        <source>Kontrollerar att filen är en Seminarkoll-databas som inte är nyare än programmet, säkerhetskopierar den nuvarande databasen och ersätter den sedan med filen. Personer som har anonymiserats och omgångar som har gallrats efter att kopian togs anonymiseras och gallras igen. Går inte medan databasen är öppen i ett fönster.</source>
        <translation>Checks that the file is a Seminarkoll database that is not newer than the program, backs up the current database and then replaces it with the file. People anonymised and cohorts purged after the backup was taken are anonymised and purged again. Not possible while the database is open in a window.</translation>
    </message>
    <message>
        <source>säkerhetskopian att återställa</source>
        <translation>the backup to restore</translation>
    </message>
    <message>
        <source>bekräfta att databasen ska ersättas (krävs)</source>
        <translation>confirm that the database is to be replaced (required)</translation>
    </message>
    <message>
        <source>Återställning ersätter hela databasen. Kör igen med --yes för att bekräfta.</source>
        <translation>Restoring replaces the whole database. Run again with --yes to confirm.</translation>
    </message>
    <message>
        <source>Databasen %1 är återställd från %2.</source>
        <translation>The database %1 is restored from %2.</translation>
    </message>
    <message>
        <source>Den innehåller %1 program, %2 omgångar och %3 personer.</source>
        <translation>It holds %1 programmes, %2 cohorts and %3 people.</translation>
    </message>
    <message>
        <source>Databasen som ersattes är sparad som %1.</source>
        <translation>The database that was replaced is saved as %1.</translation>
    </message>
    <message>
        <source>%1 tidigare raderingar har tillämpats igen.</source>
        <translation>%1 earlier erasures have been applied again.</translation>
    </message>
    <message>
        <source>kontrollera att databasen är hel och att närvaro- och signeringsloggen är orörd</source>
        <translation>check that the database is whole and that the attendance and sign-off logs are untouched</translation>
    </message>
    <message>
        <source>Kör SQLites fullständiga integritetskontroll och kontrollerar hashkedjan i närvaro- och signeringsloggen. Slutkod 0: allt är i ordning; 1: kedjan är bruten (den första brutna länken anges); 2: databasen kan inte läsas eller är skadad.</source>
        <translation>Runs SQLite&apos;s full integrity check and checks the hash chains of the attendance and sign-off logs. Exit code 0: everything is in order; 1: a chain is broken (the first broken link is named); 2: the database cannot be read or is damaged.</translation>
    </message>
    <message>
        <source>”{text}” är inget datum (ÅÅÅÅ-MM-DD)</source>
        <translation>“{text}” is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>gallra omgångar som slutade före ett datum (närvaro per seminarium, anteckningar)</source>
        <translation>thin out cohorts that ended before a date (attendance per seminar, notes)</translation>
    </message>
    <message>
        <source>För omgångar som slutade före DATUM tas närvaro per seminarium, anteckningar, kompletteringsuppgifternas detaljer och ändringsloggen bort, liksom e-post och telefon för personer som inte har något senare på gång. Planeringen och varje deltagares resultat (godkänd eller inte, antal seminarier, intyg) finns kvar.</source>
        <translation>For cohorts that ended before DATE, attendance per seminar, notes, the details of make-up tasks and the change log are removed, as are the e-mail and phone of people with nothing later coming up. The planning and each participant&apos;s result (completed or not, number of seminars, certificate) remain.</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>t.ex. 2020-07-01</source>
        <translation>e.g. 2020-07-01</translation>
    </message>
    <message>
        <source>visa vad som skulle gallras, men ändra inget</source>
        <translation>show what would be thinned out, but change nothing</translation>
    </message>
    <message>
        <source>bekräfta gallringen (krävs)</source>
        <translation>confirm the thinning (required)</translation>
    </message>
    <message>
        <source>Gallring kan inte ångras. Kör igen med --yes för att bekräfta.</source>
        <translation>Thinning cannot be undone. Run again with --yes to confirm.</translation>
    </message>
    <message>
        <source>Det finns inget att gallra före {date}.</source>
        <translation>There is nothing to thin out before {date}.</translation>
    </message>
    <message>
        <source>{cohort} ({school_year}, slut {end}): {marks} närvaromarkeringar, {notes} anteckningar, {makeups} kompletteringar, {log_rows} loggrader; resultatet för {participants} deltagare sparas.</source>
        <translation>{cohort} ({school_year}, ended {end}): {marks} attendance marks, {notes} notes, {makeups} make-up tasks, {log_rows} log lines; the result for {participants} participants is kept.</translation>
    </message>
    <message>
        <source>E-post och telefon tas bort för {persons} personer utan senare aktivitet.</source>
        <translation>E-mail and phone are removed for {persons} people with no later activity.</translation>
    </message>
    <message>
        <source>Provkörning: ingenting ändrades.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Gallringen är klar. Äldre säkerhetskopior gallras igen om de återställs.</source>
        <translation>Thinning is done. Older backups are thinned again if they are restored.</translation>
    </message>
    <message>
        <source>registerutdrag för en person, eller anonymisera personen (GDPR)</source>
        <translation>a register extract for a person, or anonymise the person (GDPR)</translation>
    </message>
    <message>
        <source>Registerutdrag (GDPR art. 15) och anonymisering (art. 17) för en person.</source>
        <translation>Register extract (GDPR art. 15) and anonymisation (art. 17) for a person.</translation>
    </message>
    <message>
        <source>spara allt som finns lagrat om personen (.json eller .xlsx)</source>
        <translation>save everything stored about the person (.json or .xlsx)</translation>
    </message>
    <message>
        <source>Sparar allt som finns lagrat om personen: personuppgifter och arbetsplats, antagningar, grupper, närvaro med anteckningar, kompletteringsuppgifter, föreläsaruppdrag och ändringsloggen.</source>
        <translation>Saves everything stored about the person: personal details and workplace, enrolments, groups, attendance with notes, make-up tasks, lecturing assignments and the change log.</translation>
    </message>
    <message>
        <source>personens id eller e-postadress</source>
        <translation>the person&apos;s id or e-mail address</translation>
    </message>
    <message>
        <source>filen (.json, .xlsx)</source>
        <translation>the file (.json, .xlsx)</translation>
    </message>
    <message>
        <source>ersätt personens namn, e-post, telefon och anteckningar överallt</source>
        <translation>replace the person&apos;s name, e-mail, phone and notes everywhere</translation>
    </message>
    <message>
        <source>Ersätter personens namn, e-post, telefon och fritextanteckningar överallt, även i loggen. Antal, närvaro och resultat finns kvar. Databasen säkerhetskopieras först. Äldre säkerhetskopior innehåller personen tills de gallras; återställs en sådan anonymiseras personen igen.</source>
        <translation>Replaces the person&apos;s name, e-mail, phone and free-text notes everywhere, including the log. Counts, attendance and results remain. The database is backed up first. Older backups contain the person until they are thinned out; if one of them is restored, the person is anonymised again.</translation>
    </message>
    <message>
        <source>bekräfta anonymiseringen (krävs)</source>
        <translation>confirm the anonymisation (required)</translation>
    </message>
    <message>
        <source>Registerutdraget för {name} är sparat som {path} ({facts} uppgifter).</source>
        <translation>The register extract for {name} is saved as {path} ({facts} items).</translation>
    </message>
    <message>
        <source>Anonymisering kan inte ångras. Kör igen med --yes för att bekräfta.</source>
        <translation>Anonymisation cannot be undone. Run again with --yes to confirm.</translation>
    </message>
    <message>
        <source>{old_name} är anonymiserad och heter nu ”{new_name}”.</source>
        <translation>{old_name} is anonymised and is now called “{new_name}”.</translation>
    </message>
    <message>
        <source>Säkerhetskopian från före anonymiseringen ({backup}) och äldre kopior innehåller fortfarande personen tills de gallras; återställs en av dem anonymiseras personen igen.</source>
        <translation>The backup from before the anonymisation ({backup}) and older copies still contain the person until they are thinned out; if one of them is restored, the person is anonymised again.</translation>
    </message>
    <message>
        <source>öppna signeringsvyn för en offline-signering (utan nätverk)</source>
        <translation>open the sign-off view for an offline signing (no network)</translation>
    </message>
    <message>
        <source>Öppna signeringsvyn för seminariet i en fil som Signera offline sparade. Markeringarna sparas i filen; läs in den i den gemensamma databasen senare.</source>
        <translation>Open the sign-off view for the seminar in a file saved by Sign offline. The marks are saved in the file; read it into the shared database later.</translation>
    </message>
    <message>
        <source>offline-signeringen (.sqlite3)</source>
        <translation>the offline signing (.sqlite3)</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <source>Ny omgång</source>
        <translation>New cohort</translation>
    </message>
    <message>
        <source>Redigera omgång</source>
        <translation>Edit cohort</translation>
    </message>
    <message>
        <source>Anmäld frånvaro räknas som närvaro</source>
        <translation>Excused absence counts as attendance</translation>
    </message>
    <message>
        <source>Sen ankomst räknas som närvaro</source>
        <translation>Late arrival counts as attendance</translation>
    </message>
    <message>
        <source>Minst ett seminarium i varje temaområde</source>
        <translation>At least one seminar in each theme area</translation>
    </message>
    <message>
        <source>En godkänd kompletteringsuppgift ersätter ett missat seminarium</source>
        <translation>An approved make-up task replaces a missed seminar</translation>
    </message>
    <message>
        <source>vecka %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>Kommunens sportlovsvecka. Mallen lägger inga seminarier då, och ett seminarium som flyttas dit ger en varning.</source>
        <translation>The municipality&apos;s winter sports holiday week. The template puts no seminars then, and a seminar moved there gives a warning.</translation>
    </message>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Läsår:</source>
        <translation>&amp;School year:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Dates:</translation>
    </message>
    <message>
        <source>Sp&amp;ortlov:</source>
        <translation>Winter h&amp;oliday:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Krav för att fullfölja</source>
        <translation>Requirements for completion</translation>
    </message>
    <message>
        <source>Minst</source>
        <translation>At least</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Skapa omgången</source>
        <translation>Create the cohort</translation>
    </message>
    <message>
        <source>Hur omgången börjar</source>
        <translation>How the cohort starts</translation>
    </message>
    <message>
        <source>&amp;Tom – jag lägger till seminarierna själv</source>
        <translation>&amp;Empty – I add the seminars myself</translation>
    </message>
    <message>
        <source>Från &amp;mall – seminarier spridda över läsåret, utan lov och helgdagar</source>
        <translation>From &amp;template – seminars spread over the school year, avoiding holidays</translation>
    </message>
    <message>
        <source>&amp;Kopiera en tidigare omgång – samma teman, titlar, föreläsare, tider och platser, flyttat till samma veckodag och vecka</source>
        <translation>&amp;Copy an earlier cohort – same themes, titles, lecturers, times and places, moved to the same weekday and week</translation>
    </message>
    <message>
        <source>Antal seminarier:</source>
        <translation>Number of seminars:</translation>
    </message>
    <message>
        <source>Veckodag:</source>
        <translation>Weekday:</translation>
    </message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Plats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Kopiera från:</source>
        <translation>Copy from:</translation>
    </message>
    <message>
        <source>Omgången skapas utan seminarier. Lägg till dem i schemat efteråt.</source>
        <translation>The cohort is created without seminars. Add them to the schedule afterwards.</translation>
    </message>
    <message>
        <source>Titlarna är tillfälliga; ändra dem, temaområden och föreläsare i schemat efteråt. Inga datum ligger på lov, helgdagar eller helgdagsaftnar.</source>
        <translation>The titles are provisional; change them, theme areas and lecturers in the schedule afterwards. No dates fall on school holidays, public holidays or their eves.</translation>
    </message>
    <message>
        <source>Datumen flyttas till samma veckodag och vecka; hamnar ett på ett lov eller en helgdag används närmaste lediga vecka. Anteckningar kopieras inte.</source>
        <translation>The dates move to the same weekday and week; if one lands on a holiday or public holiday, the nearest free week is used. Notes are not copied.</translation>
    </message>
    <message>
        <source>seminarier (omgången har inga seminarier än)</source>
        <translation>seminars (the cohort has no seminars yet)</translation>
    </message>
    <message>
        <source>av %1 seminarier</source>
        <translation>of %1 seminars</translation>
    </message>
    <message>
        <source>Välj ett program först.</source>
        <translation>Choose a programme first.</translation>
    </message>
</context>
<context>
    <name>CohortPage</name>
    <message>
        <source>Inga seminarier än – lägg till det första med Nytt seminarium (Ins).</source>
        <translation>No seminars yet – add the first with New seminar (Ins).</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>%1 deltagare</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source> (varav %1 avbrutit)</source>
        <translation> (of whom %1 withdrew)</translation>
    </message>
    <message>
        <source>Läsår %1  ·  %2  ·  %3  ·  Krav: %4 av %5 seminarier</source>
        <translation>School year %1  ·  %2  ·  %3  ·  Required: %4 of %5 seminars</translation>
    </message>
</context>
<context>
    <name>ColumnChoices</name>
    <message>
        <source>(används inte)</source>
        <translation>(not used)</translation>
    </message>
</context>
<context>
    <name>Completion</name>
    <message>
        <source>Har ansökt men är inte antagen.</source>
        <translation>Has applied but has not been accepted.</translation>
    </message>
    <message>
        <source>Har ansökt och ska intervjuas.</source>
        <translation>Has applied and is due to be interviewed.</translation>
    </message>
    <message>
        <source>Har intervjuats men är inte antagen.</source>
        <translation>Has been interviewed but has not been accepted.</translation>
    </message>
    <message>
        <source>Står på väntelistan.</source>
        <translation>Is on the waiting list.</translation>
    </message>
    <message>
        <source>Fick inte plats i omgången.</source>
        <translation>Did not get a place in the cohort.</translation>
    </message>
    <message>
        <source>Är antagen men ännu inte inskriven i omgången.</source>
        <translation>Has been accepted but has not yet joined the cohort.</translation>
    </message>
    <message>
        <source>Avbröt {date}.</source>
        <translation>Withdrew on {date}.</translation>
    </message>
    <message>
        <source>Har avbrutit.</source>
        <translation>Has withdrawn.</translation>
    </message>
    <message>
        <source>Inga seminarier infaller under deltagandeperioden.</source>
        <translation>No seminars fall within the period of participation.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {required} seminarier läsåret {year} och behöver delta i {needed} av de {remaining} återstående där.</source>
        <translation>Has attended {attended} of {required} seminars in school year {year} and needs to attend {needed} of the {remaining} remaining there.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {required} seminarier läsåret {year} och klarar bara läsåret om hen {attends}.</source>
        <translation>Has attended {attended} of {required} seminars in school year {year} and can only meet that year&apos;s requirement if they {attends}.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {required} seminarier läsåret {year} och behöver göra minst {tasks} för att klara läsåret.</source>
        <translation>Has attended {attended} of {required} seminars in school year {year} and needs to do at least {tasks} to meet that year&apos;s requirement.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {required} seminarier läsåret {year}, och där återstår bara {seminars}.</source>
        <translation>Has attended {attended} of {required} seminars in school year {year}, and only {seminars} remain there.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {required} seminarier läsåret {year}, och där återstår inga seminarier.</source>
        <translation>Has attended {attended} of {required} seminars in school year {year}, and no seminars remain there.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {seminars}, varav {made_up} genom kompletteringsuppgift.</source>
        <translation>Has attended {attended} of {seminars}, {made_up} of them by a make-up task.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {seminars}.</source>
        <translation>Has attended {attended} of {seminars}.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {seminars} och behöver delta i {needed} av de {remaining} återstående.</source>
        <translation>Has attended {attended} of {seminars} and needs to attend {needed} of the {remaining} remaining.</translation>
    </message>
    <message>
        <source>Har deltagit i {attended} av {seminars} men saknar ännu seminarium inom {themes}.</source>
        <translation>Has attended {attended} of {seminars} but has not yet attended a seminar in {themes}.</translation>
    </message>
    <message>
        <source>Kan bara bli godkänd om hen {attends}.</source>
        <translation>Can only complete if they {attends}.</translation>
    </message>
    <message>
        <source>Saknar seminarium inom {themes} och måste därför delta i seminarium {number}.</source>
        <translation>Has not attended a seminar in {themes} and so must attend seminar {number}.</translation>
    </message>
    <message>
        <source>Behöver göra minst {tasks} för att bli godkänd, även om hen {attends}.</source>
        <translation>Needs to do at least {tasks} to complete, even if they {attends}.</translation>
    </message>
    <message>
        <source>Behöver göra minst {tasks} för att bli godkänd.</source>
        <translation>Needs to do at least {tasks} to complete.</translation>
    </message>
    <message>
        <source>Saknar seminarium inom {themes}.</source>
        <translation>Has not attended a seminar in {themes}.</translation>
    </message>
    <message>
        <source>Har missat {seminars}; kravet är {required} av {expected}.</source>
        <translation>Has missed {seminars}; the requirement is {required} of {expected}.</translation>
    </message>
    <message>
        <source>Saknar seminarium inom {themes}, och där återstår inga seminarier.</source>
        <translation>Has not attended a seminar in {themes}, and none remain there.</translation>
    </message>
    <message>
        <source>Närvaro är inte registrerad för 1 genomfört tillfälle.</source>
        <translation>Attendance is not recorded for 1 occasion held.</translation>
    </message>
    <message>
        <source>Närvaro är inte registrerad för {count} genomförda tillfällen.</source>
        <translation>Attendance is not recorded for {count} occasions held.</translation>
    </message>
    <message>
        <source>Närvaro är inte registrerad för 1 genomfört seminarium.</source>
        <translation>Attendance has not been recorded for 1 seminar that has been held.</translation>
    </message>
    <message>
        <source>Närvaro är inte registrerad för {count} genomförda seminarier.</source>
        <translation>Attendance has not been recorded for {count} seminars that have been held.</translation>
    </message>
    <message>
        <source>deltar i gruppträffen {date}</source>
        <translation>attends the group meeting on {date}</translation>
    </message>
    <message>
        <source>deltar i seminarium {number}</source>
        <translation>attend seminar {number}</translation>
    </message>
    <message>
        <source>deltar i alla {count} återstående tillfällen</source>
        <translation>attends all {count} remaining occasions</translation>
    </message>
    <message>
        <source>deltar i alla {count} återstående seminarier</source>
        <translation>attend all {count} remaining seminars</translation>
    </message>
    <message>
        <source>1 tillfälle</source>
        <translation>1 occasion</translation>
    </message>
    <message>
        <source>{count} tillfällen (seminarier och gruppträffar)</source>
        <translation>{count} occasions (seminars and group meetings)</translation>
    </message>
    <message>
        <source>1 seminarium</source>
        <translation>1 seminar</translation>
    </message>
    <message>
        <source>{count} seminarier</source>
        <translation>{count} seminars</translation>
    </message>
    <message>
        <source>1 kompletteringsuppgift</source>
        <translation>1 make-up task</translation>
    </message>
    <message>
        <source>{count} kompletteringsuppgifter</source>
        <translation>{count} make-up tasks</translation>
    </message>
    <message>
        <source>temaområdet {name}</source>
        <translation>the theme area {name}</translation>
    </message>
    <message>
        <source>temaområdena {names}</source>
        <translation>the theme areas {names}</translation>
    </message>
    <message>
        <source>seminarium {number}</source>
        <translation>seminar {number}</translation>
    </message>
    <message>
        <source>Besökte {where} utan att vara antagen till omgången.</source>
        <translation>Visited {where} without being enrolled in the cohort.</translation>
    </message>
</context>
<context>
    <name>CoordinatorDialog</name>
    <message>
        <source>Ditt namn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Du signerar för första gången. Skriv ditt namn som det ska stå vid signeringen och i närvarohistoriken. Det sparas till nästa gång och kan ändras under Närvaro › Mitt namn vid signering.</source>
        <translation>You are signing for the first time. Type your name as it should appear on the sign-off and in the attendance history. It is kept for next time and can be changed under Attendance › My name for sign-off.</translation>
    </message>
    <message>
        <source>Namnet sparas när du signerar ett seminarium och i närvarohistoriken.</source>
        <translation>The name is saved when you sign off a seminar and in the attendance history.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <source>1 program</source>
        <translation>1 programme</translation>
    </message>
    <message>
        <source>{count} program</source>
        <translation>{count} programmes</translation>
    </message>
    <message>
        <source>1 temaområde</source>
        <translation>1 theme area</translation>
    </message>
    <message>
        <source>{count} temaområden</source>
        <translation>{count} theme areas</translation>
    </message>
    <message>
        <source>1 omgång</source>
        <translation>1 cohort</translation>
    </message>
    <message>
        <source>{count} omgångar</source>
        <translation>{count} cohorts</translation>
    </message>
    <message>
        <source>1 seminarium</source>
        <translation>1 seminar</translation>
    </message>
    <message>
        <source>{count} seminarier</source>
        <translation>{count} seminars</translation>
    </message>
    <message>
        <source>1 föreläsarkoppling</source>
        <translation>1 lecturer link</translation>
    </message>
    <message>
        <source>{count} föreläsarkopplingar</source>
        <translation>{count} lecturer links</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 person</translation>
    </message>
    <message>
        <source>{count} personer</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>1 antagning</source>
        <translation>1 enrolment</translation>
    </message>
    <message>
        <source>{count} antagningar</source>
        <translation>{count} enrolments</translation>
    </message>
    <message>
        <source>1 grupp</source>
        <translation>1 group</translation>
    </message>
    <message>
        <source>{count} grupper</source>
        <translation>{count} groups</translation>
    </message>
    <message>
        <source>1 gruppmedlemskap</source>
        <translation>1 group membership</translation>
    </message>
    <message>
        <source>{count} gruppmedlemskap</source>
        <translation>{count} group memberships</translation>
    </message>
    <message>
        <source>1 gruppträff</source>
        <translation>1 group meeting</translation>
    </message>
    <message>
        <source>{count} gruppträffar</source>
        <translation>{count} group meetings</translation>
    </message>
    <message>
        <source>1 närvaronotering från gruppträff</source>
        <translation>1 attendance record from a group meeting</translation>
    </message>
    <message>
        <source>{count} närvaronoteringar från gruppträffar</source>
        <translation>{count} attendance records from group meetings</translation>
    </message>
    <message>
        <source>1 närvaronotering</source>
        <translation>1 attendance record</translation>
    </message>
    <message>
        <source>{count} närvaronoteringar</source>
        <translation>{count} attendance records</translation>
    </message>
    <message>
        <source>1 signeringshändelse</source>
        <translation>1 sign-off event</translation>
    </message>
    <message>
        <source>{count} signeringshändelser</source>
        <translation>{count} sign-off events</translation>
    </message>
    <message>
        <source>1 kompletteringsuppgift</source>
        <translation>1 make-up task</translation>
    </message>
    <message>
        <source>{count} kompletteringsuppgifter</source>
        <translation>{count} make-up tasks</translation>
    </message>
    <message>
        <source>1 rad i närvarologgen</source>
        <translation>1 line in the attendance log</translation>
    </message>
    <message>
        <source>{count} rader i närvarologgen</source>
        <translation>{count} lines in the attendance log</translation>
    </message>
    <message>
        <source>1 rad i tabellen {table}</source>
        <translation>1 row in the table {table}</translation>
    </message>
    <message>
        <source>{count} rader i tabellen {table}</source>
        <translation>{count} rows in the table {table}</translation>
    </message>
    <message>
        <source>1 föreläsaruppdrag flyttas över.</source>
        <translation>1 lecturing assignment moves over.</translation>
    </message>
    <message>
        <source>{count} föreläsaruppdrag flyttas över.</source>
        <translation>{count} lecturing assignments move over.</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>{count} rader</source>
        <translation>{count} rows</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>måndag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>tisdag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>onsdag</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>torsdag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>fredag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>lördag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>söndag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>måndagar</source>
        <translation>Mondays</translation>
    </message>
    <message>
        <source>tisdagar</source>
        <translation>Tuesdays</translation>
    </message>
    <message>
        <source>onsdagar</source>
        <translation>Wednesdays</translation>
    </message>
    <message>
        <source>torsdagar</source>
        <translation>Thursdays</translation>
    </message>
    <message>
        <source>fredagar</source>
        <translation>Fridays</translation>
    </message>
    <message>
        <source>lördagar</source>
        <translation>Saturdays</translation>
    </message>
    <message>
        <source>söndagar</source>
        <translation>Sundays</translation>
    </message>
    <message>
        <source>januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>april</source>
        <translation>April</translation>
    </message>
    <message>
        <source>maj</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>augusti</source>
        <translation>August</translation>
    </message>
    <message>
        <source>september</source>
        <translation>September</translation>
    </message>
    <message>
        <source>oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>november</source>
        <translation>November</translation>
    </message>
    <message>
        <source>december</source>
        <translation>December</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <source>{weekday} {date}</source>
        <translation>{weekday} {date}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source> under perioden {first} – {last}</source>
        <translation> from {first} to {last}</translation>
    </message>
    <message>
        <source>har genomgått och fullföljt {where}{period}, och har därmed uppfyllt programmets krav på deltagande.</source>
        <translation>has taken part in and completed {where}{period}, and has thereby met the programme&apos;s attendance requirements.</translation>
    </message>
    <message>
        <source>har deltagit i följande seminarier inom {where}{period}.</source>
        <translation>has attended the following seminars in {where}{period}.</translation>
    </message>
    <message>
        <source>kompletteringsuppgift</source>
        <translation>make-up task</translation>
    </message>
    <message>
        <source>Inga seminarier registrerade.</source>
        <translation>No seminars recorded.</translation>
    </message>
    <message>
        <source>Sammanlagt 1 seminarium</source>
        <translation>1 seminar in total</translation>
    </message>
    <message>
        <source>Sammanlagt {count} seminarier</source>
        <translation>{count} seminars in total</translation>
    </message>
    <message>
        <source>Härmed intygas att</source>
        <translation>This is to certify that</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Seminarium, temaområde och föreläsare</source>
        <translation>Seminar, theme area and lecturers</translation>
    </message>
    <message>
        <source>Temaområden: {themes}.</source>
        <translation>Theme areas: {themes}.</translation>
    </message>
    <message>
        <source>Intyg</source>
        <translation>Certificate of completion</translation>
    </message>
    <message>
        <source>Heldag</source>
        <translation>All day</translation>
    </message>
    <message>
        <source>Omgången har inga seminarier ännu.</source>
        <translation>The cohort has no seminars yet.</translation>
    </message>
    <message>
        <source>Läsår {year}</source>
        <translation>School year {year}</translation>
    </message>
    <message>
        <source>Kontaktperson: {name}</source>
        <translation>Contact: {name}</translation>
    </message>
    <message>
        <source>Utskrivet {date}</source>
        <translation>Printed {date}</translation>
    </message>
    <message>
        <source>Närvaro per seminarium</source>
        <translation>Attendance per seminar</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Väntade</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Närv.</source>
        <translation>Pres.</translation>
    </message>
    <message>
        <source>Sena</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Anm. frånv.</source>
        <translation>Exc. abs.</translation>
    </message>
    <message>
        <source>Frånv.</source>
        <translation>Abs.</translation>
    </message>
    <message>
        <source>Närvarograd</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Närvaro per temaområde</source>
        <translation>Attendance per theme area</translation>
    </message>
    <message>
        <source>Seminarier</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Genomförda</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Deltagare per arbetsplats</source>
        <translation>Participants per workplace</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Godkända</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Andel godkända</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Omgångar år för år</source>
        <translation>Cohorts year by year</translation>
    </message>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Läsår</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Genomsnittlig närvaro</source>
        <translation>Average attendance</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Föreläsare och seminarier per läsår</source>
        <translation>Lecturers and seminars per school year</translation>
    </message>
    <message>
        <source>Utdrag ur Seminarkoll {created}</source>
        <translation>Exported from Seminarkoll {created}</translation>
    </message>
    <message>
        <source>Inga uppgifter ännu.</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Seminarium och föreläsare</source>
        <translation>Seminar and lecturers</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Schema – {cohort}</source>
        <translation>Schedule – {cohort}</translation>
    </message>
    <message>
        <source>Schema – {programme}, {cohort} ({year})</source>
        <translation>Schedule – {programme}, {cohort} ({year})</translation>
    </message>
    <message>
        <source>1 seminarium</source>
        <translation>1 seminar</translation>
    </message>
    <message>
        <source>{count} seminarier</source>
        <translation>{count} seminars</translation>
    </message>
    <message>
        <source>{year} · vecka {week}</source>
        <translation>{year} · week {week}</translation>
    </message>
    <message>
        <source>Temaområde: {theme}</source>
        <translation>Theme area: {theme}</translation>
    </message>
    <message>
        <source>Föreläsare: {names}</source>
        <translation>Lecturers: {names}</translation>
    </message>
    <message>
        <source>Närvaron för träffen är redan signerad i Seminarkoll.</source>
        <translation>Attendance for the meeting is already signed off in Seminarkoll.</translation>
    </message>
    <message>
        <source>Närvaron för seminariet är redan signerad i Seminarkoll.</source>
        <translation>The attendance for this seminar has already been signed off in Seminarkoll.</translation>
    </message>
    <message>
        <source>1 deltagare väntas. Skriv namn och arbetsplats på de tomma raderna för den som inte står på listan; kryssa i närvaro och skriv under.</source>
        <translation>1 participant is expected. Anyone not on the list: write your name and workplace on an empty row; tick attendance and sign.</translation>
    </message>
    <message>
        <source>{count} deltagare väntas. Skriv namn och arbetsplats på de tomma raderna för den som inte står på listan; kryssa i närvaro och skriv under.</source>
        <translation>{count} participants are expected. Anyone not on the list: write your name and workplace on an empty row; tick attendance and sign.</translation>
    </message>
    <message>
        <source>{occasion} · {title} · utskrivet {created}</source>
        <translation>{occasion} · {title} · printed {created}</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Namnteckning</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Närvarolista – gruppträff {number}</source>
        <translation>Sign-in sheet – group meeting {number}</translation>
    </message>
    <message>
        <source>Närvarolista – seminarium {number}</source>
        <translation>Sign-in sheet – seminar {number}</translation>
    </message>
    <message>
        <source>Gruppträff {number}</source>
        <translation>Group meeting {number}</translation>
    </message>
    <message>
        <source>Seminarium {number}</source>
        <translation>Seminar {number}</translation>
    </message>
    <message>
        <source>Sida {page} av {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Deltagarintyg</source>
        <translation>Certificate of attendance</translation>
    </message>
    <message>
        <source>{hours} timme</source>
        <translation>{hours} hour</translation>
    </message>
    <message>
        <source>{hours} timmar</source>
        <translation>{hours} hours</translation>
    </message>
    <message>
        <source>Inga uppgifter ännu</source>
        <translation>No data yet</translation>
    </message>
    <message>
        <source>Antal deltagare</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Anmäld frånvaro</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Proportion</translation>
    </message>
    <message>
        <source>Uppföljning – {programme}, {cohort} ({year})</source>
        <translation>Follow-up – {programme}, {cohort} ({year})</translation>
    </message>
    <message>
        <source>Uppföljning – {programme}, alla omgångar</source>
        <translation>Follow-up – {programme}, all cohorts</translation>
    </message>
</context>
<context>
    <name>DuplicateChooser</name>
    <message>
        <source>Finns personen redan?</source>
        <translation>Does the person already exist?</translation>
    </message>
    <message>
        <source>Det finns redan personer som liknar den du lägger till. Välj en befintlig person, eller skapa en ny om det är någon annan.</source>
        <translation>There are already people similar to the one you are adding. Choose an existing person, or create a new one if it is someone else.</translation>
    </message>
    <message>
        <source>&amp;Använd vald person</source>
        <translation>&amp;Use the selected person</translation>
    </message>
    <message>
        <source>&amp;Skapa ny ändå</source>
        <translation>&amp;Create new anyway</translation>
    </message>
    <message>
        <source>&amp;Tillbaka</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>E-postadressen används redan, så en ny person med samma adress kan inte skapas. Gå tillbaka och ändra adressen om det är någon annan.</source>
        <translation>The e-mail address is already in use, so a new person with the same address cannot be created. Go back and change the address if it is someone else.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Samma e-postadress.</source>
        <translation>Same e-mail address.</translation>
    </message>
    <message>
        <source>Samma namn på samma arbetsplats (%1).</source>
        <translation>Same name at the same workplace (%1).</translation>
    </message>
    <message>
        <source>Liknande namn på samma arbetsplats (%1).</source>
        <translation>Similar name at the same workplace (%1).</translation>
    </message>
    <message>
        <source>Samma namn på arbetsplatser med liknande namn (%1).</source>
        <translation>Same name at workplaces with similar names (%1).</translation>
    </message>
    <message>
        <source>Samma namn (%1).</source>
        <translation>Same name (%1).</translation>
    </message>
    <message>
        <source>Samma namn.</source>
        <translation>Same name.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Kanske samma som</source>
        <translation>Perhaps the same as</translation>
    </message>
    <message>
        <source>Varför</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Likhet</source>
        <translation>Likeness</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Möjliga dubbletter</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <source>&amp;Slå ihop …</source>
        <translation>&amp;Merge …</translation>
    </message>
    <message>
        <source>1 par personer kan vara samma person. Välj ett par och slå ihop det om det är en och samma.</source>
        <translation>1 pair of people may be the same person. Choose a pair and merge it if they are one and the same.</translation>
    </message>
    <message>
        <source>%1 par personer kan vara samma person. Välj ett par och slå ihop det om det är en och samma.</source>
        <translation>%1 pairs of people may be the same person. Choose a pair and merge it if they are one and the same.</translation>
    </message>
    <message>
        <source>Inga möjliga dubbletter i registret.</source>
        <translation>No possible duplicates in the register.</translation>
    </message>
</context>
<context>
    <name>EmailButton</name>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kopiera e-postadresser eller skriv e-post till deltagarna</source>
        <translation>Copy e-mail addresses or write an e-mail to the participants</translation>
    </message>
    <message>
        <source>Ingen omgång vald</source>
        <translation>No cohort chosen</translation>
    </message>
    <message>
        <source>Kopiera adresser: %1</source>
        <translation>Copy addresses: %1</translation>
    </message>
    <message>
        <source>alla deltagare</source>
        <translation>all participants</translation>
    </message>
    <message>
        <source>markerade (%1)</source>
        <translation>selected (%1)</translation>
    </message>
    <message>
        <source>en grupp</source>
        <translation>a group</translation>
    </message>
    <message>
        <source>frånvarande vid seminarium …</source>
        <translation>absent at seminar …</translation>
    </message>
    <message>
        <source>anmäld frånvaro vid seminarium …</source>
        <translation>excused absence at seminar …</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>i riskzonen</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>omgångens föreläsare</source>
        <translation>the cohort&apos;s lecturers</translation>
    </message>
    <message>
        <source>Skriv e-post till alla (hemlig kopia) …</source>
        <translation>Write an e-mail to everyone (Bcc) …</translation>
    </message>
    <message>
        <source>Skriv e-post till föreläsarna (hemlig kopia) …</source>
        <translation>Write an e-mail to the lecturers (Bcc) …</translation>
    </message>
    <message>
        <source>Adresserna kunde inte hämtas</source>
        <translation>The addresses could not be fetched</translation>
    </message>
    <message>
        <source>%1 adresser kopierade (%2).</source>
        <translation>%1 addresses copied (%2).</translation>
    </message>
    <message>
        <source>Adresser kopierade</source>
        <translation>Addresses copied</translation>
    </message>
    <message>
        <source>Adresser</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Ingen i urvalet: %1.</source>
        <translation>Nobody in the selection: %1.</translation>
    </message>
    <message>
        <source>För många adresser för e-postprogrammet</source>
        <translation>Too many addresses for the e-mail program</translation>
    </message>
    <message>
        <source>Adresserna till alla %1 blir för långa för att skickas direkt till e-postprogrammet. De är kopierade i stället: öppna ett nytt meddelande och klistra in dem under Hemlig kopia (Ctrl+V).</source>
        <translation>The addresses of all %1 are too long to hand directly to the e-mail program. They are copied instead: open a new message and paste them under Bcc (Ctrl+V).</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Anta till omgång</source>
        <translation>Enrol in cohort</translation>
    </message>
    <message>
        <source>Välj en eller flera personer (Ctrl/Skift för flera):</source>
        <translation>Choose one or more people (Ctrl/Shift for several):</translation>
    </message>
    <message>
        <source>Ny &amp;person …</source>
        <translation>New &amp;person …</translation>
    </message>
    <message>
        <source>1 person vald.</source>
        <translation>1 person selected.</translation>
    </message>
    <message>
        <source>%1 personer valda.</source>
        <translation>%1 people selected.</translation>
    </message>
    <message>
        <source>&amp;Omgång:</source>
        <translation>&amp;Cohort:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tartdatum:</source>
        <translation>S&amp;tart date:</translation>
    </message>
    <message>
        <source>Seminarier före startdatumet räknas inte mot den som börjar senare.</source>
        <translation>Seminars before the start date do not count against someone who starts later.</translation>
    </message>
    <message>
        <source>&amp;Anta</source>
        <translation>&amp;Enrol</translation>
    </message>
    <message>
        <source>Välj minst en person.</source>
        <translation>Choose at least one person.</translation>
    </message>
    <message>
        <source>Antagningen kunde inte sparas</source>
        <translation>The enrolment could not be saved</translation>
    </message>
    <message>
        <source>%1 antogs till %2.</source>
        <translation>%1 enrolled in %2.</translation>
    </message>
    <message>
        <source>Redan antagna: %1.</source>
        <translation>Already enrolled: %1.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Antagning – %1</source>
        <translation>Enrolment – %1</translation>
    </message>
    <message>
        <source>Ansökte</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Började</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Slutade</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Ansökan:</source>
        <translation>Application:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>Avbrott:</source>
        <translation>Left on:</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Säkerhetskopian {target} kunde inte skrivas: {exc}.</source>
        <translation>The backup {target} could not be written: {exc}.</translation>
    </message>
    <message>
        <source>Databasen {database} kunde inte återställas: {exc}.</source>
        <translation>The database {database} could not be restored: {exc}.</translation>
    </message>
    <message>
        <source>Det borttagna kunde inte återställas eftersom uppgifterna har ändrats sedan dess.</source>
        <translation>What was removed could not be restored because the data has changed since.</translation>
    </message>
    <message>
        <source>Det går inte att ta bort eftersom andra uppgifter hänvisar hit ({name}.{column}).</source>
        <translation>This cannot be removed because other records refer to it ({name}.{column}).</translation>
    </message>
    <message>
        <source>{path} är en tom fil (0 byte), ingen Seminarkoll-databas. Ta bort filen eller välj en fil som inte finns, så skapas en ny databas där.</source>
        <translation>{path} is an empty file (0 bytes), not a Seminarkoll database. Remove the file or choose a file that does not exist, and a new database is created there.</translation>
    </message>
    <message>
        <source>Disken är full: ändringen kunde inte sparas i {where}. Inget har ändrats. Frigör utrymme och försök igen.</source>
        <translation>The disk is full: the change could not be saved in {where}. Nothing has been changed. Free up some space and try again.</translation>
    </message>
    <message>
        <source>Databasen {where} används just nu av ett annat program. Inget har ändrats. Försök igen om en stund.</source>
        <translation>The database {where} is being used by another program at the moment. Nothing has been changed. Try again in a moment.</translation>
    </message>
    <message>
        <source>Databasen {where} är skrivskyddad. Inget har ändrats. Kontrollera behörigheterna för filen och mappen.</source>
        <translation>The database {where} is read-only. Nothing has been changed. Check the permissions on the file and its folder.</translation>
    </message>
    <message>
        <source>Databasen {where} kunde inte öppnas. Kontrollera att mappen finns och går att skriva i.</source>
        <translation>The database {where} could not be opened. Check that the folder exists and can be written to.</translation>
    </message>
    <message>
        <source>Ett fel uppstod när {where} skulle läsas eller skrivas (disk-I/O). Inget har ändrats.</source>
        <translation>An error occurred while reading or writing {where} (disk I/O). Nothing has been changed.</translation>
    </message>
    <message>
        <source>Databasservern i {where} hittades inte. Kontrollera servernamnet och nätverket.</source>
        <translation>The database server in {where} was not found. Check the server name and the network.</translation>
    </message>
    <message>
        <source>Databasservern i {where} tar inte emot anslutningar: fel port, eller servern är avstängd.</source>
        <translation>The database server in {where} does not accept connections: wrong port, or the server is off.</translation>
    </message>
    <message>
        <source>Databasservern i {where} svarar inte. Kontrollera adressen och nätverket.</source>
        <translation>The database server in {where} does not answer. Check the address and the network.</translation>
    </message>
    <message>
        <source>Inloggningen på databasservern {where} misslyckades: fel användarnamn eller lösenord.</source>
        <translation>Logging in to the database server {where} failed: wrong user name or password.</translation>
    </message>
    <message>
        <source>Databasen {where} finns inte på servern. Be den som sköter servern att skapa den.</source>
        <translation>The database {where} does not exist on the server. Ask whoever runs the server to create it.</translation>
    </message>
    <message>
        <source>Anslutningen till databasservern {where} bröts. Inget har ändrats. Försök igen.</source>
        <translation>The connection to the database server {where} was lost. Nothing has been changed. Try again.</translation>
    </message>
    <message>
        <source>En annan Seminarkoll uppgraderar databasen {where} just nu; väntar tills den är klar …</source>
        <translation>Another Seminarkoll is upgrading the database {where} right now; waiting until it is done …</translation>
    </message>
    <message>
        <source>Databasen {where} kunde inte uppgraderas till schema {revision} ({reason}). Inget har ändrats.</source>
        <translation>The database {where} could not be upgraded to schema {revision} ({reason}). Nothing has been changed.</translation>
    </message>
    <message>
        <source>En kopia från före försöket finns i {backup}.</source>
        <translation>A copy from before the attempt is in {backup}.</translation>
    </message>
    <message>
        <source>Uppgraderingen av {display} avbröts: {count} referenser pekar på rader som saknas. Inget har ändrats.</source>
        <translation>The upgrade of {display} was stopped: {count} references point to rows that are missing. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Databasen {display} är skadad: {verdict}</source>
        <translation>The database {display} is damaged: {verdict}</translation>
    </message>
    <message>
        <source>{path} är en mapp, inte en databasfil.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Mappen för databasen finns inte: {parent}</source>
        <translation>The folder for the database does not exist: {parent}</translation>
    </message>
    <message>
        <source>Databasen {path} kunde inte läsas: {strerror}.</source>
        <translation>The database {path} could not be read: {strerror}.</translation>
    </message>
    <message>
        <source>{path} är ingen Seminarkoll-databas (filen är inte en SQLite-databas).</source>
        <translation>{path} is not a Seminarkoll database (the file is not an SQLite database).</translation>
    </message>
    <message>
        <source>{path} är en SQLite-databas men inte en Seminarkoll-databas.</source>
        <translation>{path} is an SQLite database but not a Seminarkoll database.</translation>
    </message>
    <message>
        <source>Databasen {path} kunde inte läsas: {exc}.</source>
        <translation>The database {path} could not be read: {exc}.</translation>
    </message>
    <message>
        <source>Databasen {path} har skapats av en nyare version av Seminarkoll (schema {revision}). Uppdatera programmet för att öppna den.</source>
        <translation>The database {path} was created by a newer version of Seminarkoll (schema {revision}). Update the program to open it.</translation>
    </message>
    <message>
        <source>Databasen {path} kunde inte kontrolleras: {exc}.</source>
        <translation>The database {path} could not be checked: {exc}.</translation>
    </message>
    <message>
        <source>Databasen {path} är skadad: {verdict}</source>
        <translation>The database {path} is damaged: {verdict}</translation>
    </message>
    <message>
        <source>filen kan inte läsas: {problem}</source>
        <translation>the file cannot be read: {problem}</translation>
    </message>
    <message>
        <source>Ange ett heltal mellan 0 och {max_kept}.</source>
        <translation>Enter a whole number between 0 and {max_kept}.</translation>
    </message>
    <message>
        <source>Läsåret måste börja mellan år {min_first_year} och {max_first_year}.</source>
        <translation>The school year must start between {min_first_year} and {max_first_year}.</translation>
    </message>
    <message>
        <source>Skriv läsåret som två år med snedstreck, till exempel 2024/2025.</source>
        <translation>Write the school year as two years with a slash, for example 2024/2025.</translation>
    </message>
    <message>
        <source>Läsårets andra år måste vara året efter det första, till exempel 2024/2025.</source>
        <translation>The second year of the school year must be the year after the first, for example 2024/2025.</translation>
    </message>
    <message>
        <source>Sportlovet måste ligga någon av veckorna {value}–{value2}.</source>
        <translation>The winter sports holiday must fall in one of the weeks {value}–{value2}.</translation>
    </message>
    <message>
        <source>Ange rollen, t.ex. Rektor.</source>
        <translation>Enter the role, e.g. Head teacher.</translation>
    </message>
    <message>
        <source>Rollen får vara högst {role_title_max} tecken.</source>
        <translation>The role may be at most {role_title_max} characters.</translation>
    </message>
    <message>
        <source>Ange när rollen började.</source>
        <translation>Enter when the role began.</translation>
    </message>
    <message>
        <source>Slutdatumet måste vara efter startdatumet.</source>
        <translation>The end date must be after the start date.</translation>
    </message>
    <message>
        <source>Antalet seminarier som krävs kan inte vara negativt.</source>
        <translation>The number of seminars required cannot be negative.</translation>
    </message>
    <message>
        <source>Datumet för avbrott kan inte vara före startdatumet.</source>
        <translation>The date of withdrawal cannot be before the start date.</translation>
    </message>
    <message>
        <source>”{word}” är ingen ansökningsstatus. Skriv en av: {words}.</source>
        <translation>“{word}” is not an application status. Write one of: {words}.</translation>
    </message>
    <message>
        <source>{name} har status ”{value}” och kan inte få status ”{value2}”. Inget har ändrats.</source>
        <translation>{name} has the status “{value}” and cannot be given the status “{value2}”. Nothing has been changed.</translation>
    </message>
    <message>
        <source>{first} och {last}</source>
        <translation>{first} and {last}</translation>
    </message>
    <message>
        <source>Ange färgen som en hexadecimal kod, till exempel #3b6ea5.</source>
        <translation>Enter the colour as a hexadecimal code, for example #3b6ea5.</translation>
    </message>
    <message>
        <source>Välj en veckodag mellan måndag och fredag.</source>
        <translation>Choose a weekday from Monday to Friday.</translation>
    </message>
    <message>
        <source>Antalet seminarier måste vara mellan 1 och {max_seminar_count}.</source>
        <translation>The number of seminars must be between 1 and {max_seminar_count}.</translation>
    </message>
    <message>
        <source>Antalet seminarier på hösten måste vara mellan 0 och {count}.</source>
        <translation>The number of seminars in the autumn must be between 0 and {count}.</translation>
    </message>
    <message>
        <source>Höstterminen</source>
        <translation>The autumn term</translation>
    </message>
    <message>
        <source>Vårterminen</source>
        <translation>The spring term</translation>
    </message>
    <message>
        <source>{term_name} har bara {count} lediga {weekdays} för seminarier.</source>
        <translation>{term_name} has only {count} free {weekdays} for seminars.</translation>
    </message>
    <message>
        <source>Titeln får vara högst {limit} tecken lång.</source>
        <translation>The title may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Platsen får vara högst {limit} tecken lång.</source>
        <translation>The venue may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Ämnet får vara högst {limit} tecken långt.</source>
        <translation>The topic may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>En omgång kan sträcka sig över högst {max_cohort_school_years} läsår.</source>
        <translation>A cohort can span at most {max_cohort_school_years} school years.</translation>
    </message>
    <message>
        <source>Ange en titel.</source>
        <translation>Enter a title.</translation>
    </message>
    <message>
        <source>Sluttiden måste vara efter starttiden.</source>
        <translation>The end time must be after the start time.</translation>
    </message>
    <message>
        <source>Datumet måste ligga inom omgångens tid, {cohort_start}–{cohort_end}.</source>
        <translation>The date must fall within the cohort&apos;s dates, {cohort_start}–{cohort_end}.</translation>
    </message>
    <message>
        <source>Omgången har redan ett seminarium {seminar_date}. Välj en annan dag.</source>
        <translation>The cohort already has a seminar on {seminar_date}. Choose another day.</translation>
    </message>
    <message>
        <source>Datumet är en {weekday}.</source>
        <translation>The date is a {weekday}.</translation>
    </message>
    <message>
        <source>Datumet är en ledig dag för de flesta ({holiday}).</source>
        <translation>The date is a day off for most people ({holiday}).</translation>
    </message>
    <message>
        <source>Datumet är en helgdag ({holiday}).</source>
        <translation>The date is a public holiday ({holiday}).</translation>
    </message>
    <message>
        <source>Datumet är en helgdagsafton då många slutar tidigt ({holiday}).</source>
        <translation>The date is the eve of a public holiday, when many people finish early ({holiday}).</translation>
    </message>
    <message>
        <source>Datumet ligger under ett skollov ({name}, {day}).</source>
        <translation>The date falls in a school holiday ({name}, {day}).</translation>
    </message>
    <message>
        <source>Datumet ligger under ett skollov ({name}, {start}–{end}).</source>
        <translation>The date falls in a school holiday ({name}, {start}–{end}).</translation>
    </message>
    <message>
        <source>Ange ett namn på omgången.</source>
        <translation>Enter a name for the cohort.</translation>
    </message>
    <message>
        <source>Startdatumet</source>
        <translation>The start date</translation>
    </message>
    <message>
        <source>Slutdatumet måste ligga inom {max_cohort_school_years} läsår från {label}, {start}–{end}.</source>
        <translation>The end date must fall within {max_cohort_school_years} school years from {label}, {start}–{end}.</translation>
    </message>
    <message>
        <source>Kravet på närvaro kan inte vara negativt.</source>
        <translation>The attendance requirement cannot be negative.</translation>
    </message>
    <message>
        <source>Kravet på närvaro måste vara mellan 0 och {seminar_count} seminarier.</source>
        <translation>The attendance requirement must be between 0 and {seminar_count} seminars.</translation>
    </message>
    <message>
        <source>{what} måste ligga inom läsåret {year}, {start}–{end}.</source>
        <translation>{what} must fall within the school year {year}, {start}–{end}.</translation>
    </message>
    <message>
        <source>”{address}” är ingen e-postadress (tecknet @ saknas).</source>
        <translation>“{address}” is not an e-mail address (the @ sign is missing).</translation>
    </message>
    <message>
        <source>”{address}” är ingen giltig e-postadress (mer än ett @).</source>
        <translation>“{address}” is not a valid e-mail address (more than one @).</translation>
    </message>
    <message>
        <source>”{address}” är ingen giltig e-postadress (den börjar med ”{first}” och skulle läsas som en formel i Excel).</source>
        <translation>“{address}” is not a valid e-mail address (it begins with “{first}” and would be read as a formula in Excel).</translation>
    </message>
    <message>
        <source>{full_name} (eller {first_name} och {last_name})</source>
        <translation>{full_name} (or {first_name} and {last_name})</translation>
    </message>
    <message>
        <source>{value}: kolumnen finns inte i filen.</source>
        <translation>{value}: the column is not in the file.</translation>
    </message>
    <message>
        <source>Kolumnen ”{header}” är redan vald för {value}.</source>
        <translation>The column “{header}” is already chosen for {value}.</translation>
    </message>
    <message>
        <source>Välj kolumnen med efternamn, eller en kolumn med hela namnet.</source>
        <translation>Choose the column with surnames, or a column with the full name.</translation>
    </message>
    <message>
        <source>Välj kolumnen med förnamn, eller en kolumn med hela namnet.</source>
        <translation>Choose the column with first names, or a column with the full name.</translation>
    </message>
    <message>
        <source>Välj kolumnen med namn (hela namnet, eller förnamn och efternamn).</source>
        <translation>Choose the column with names (the full name, or first name and surname).</translation>
    </message>
    <message>
        <source>”{name}”</source>
        <translation>“{name}”</translation>
    </message>
    <message>
        <source>Filen {quoted} finns inte. Kontrollera var den ligger.</source>
        <translation>The file {quoted} does not exist. Check where it is.</translation>
    </message>
    <message>
        <source>Filen {quoted} gick inte att öppna. Kontrollera att du har behörighet till den och att inget annat program låser den.</source>
        <translation>The file {quoted} could not be opened. Check that you have permission to read it and that no other program has it locked.</translation>
    </message>
    <message>
        <source>Filen {quoted} har en filtyp som inte kan läsas. Välj en fil av typen {supported}.</source>
        <translation>The file {quoted} is of a type that cannot be read. Choose a file of type {supported}.</translation>
    </message>
    <message>
        <source>Filen {quoted} är inget kalkylblad, trots filnamnet. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).</source>
        <translation>The file {quoted} is not a spreadsheet, despite its name. Open it in Excel and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Filen {quoted} är skadad eller ofullständig och kan inte läsas. Hämta eller spara den på nytt och försök igen.</source>
        <translation>The file {quoted} is damaged or incomplete and cannot be read. Download or save it again and try again.</translation>
    </message>
    <message>
        <source>Filen {quoted} är lösenordsskyddad och kan inte läsas. Öppna den i Excel, ta bort lösenordet och spara den som Excel-arbetsbok (.xlsx).</source>
        <translation>The file {quoted} is password-protected and cannot be read. Open it in Excel, remove the password and save it as an Excel workbook (.xlsx).</translation>
    </message>
    <message>
        <source>Bladet ”{sheet_name}” i filen {quoted} är tomt.</source>
        <translation>The sheet “{sheet_name}” in the file {quoted} is empty.</translation>
    </message>
    <message>
        <source>Filen {quoted} har inget blad som heter ”{sheet_name}”. Bladen heter {names}.</source>
        <translation>The file {quoted} has no sheet called “{sheet_name}”. The sheets are called {names}.</translation>
    </message>
    <message>
        <source>Bladet i filen {quoted} är för stort att läsa ({rows} rader och {columns} kolumner). Ta bort innehåll långt nedanför eller till höger om listan.</source>
        <translation>The sheet in the file {quoted} is too large to read ({rows} rows and {columns} columns). Remove content far below or to the right of the list.</translation>
    </message>
    <message>
        <source>{quoted} är ingen vanlig fil (utan till exempel en enhet eller en namngiven pipe) och läses inte. Välj en sparad kalkylbladsfil.</source>
        <translation>{quoted} is not an ordinary file (it is, for example, a device or a named pipe) and is not read. Choose a saved spreadsheet file.</translation>
    </message>
    <message>
        <source>Filen {quoted} är för stor att läsa (den är eller packas upp till mer än {limit_mb} MB). Spara bara listan i en egen fil och försök igen.</source>
        <translation>The file {quoted} is too large to read (it is, or unpacks to, more than {limit_mb} MB). Save just the list in a file of its own and try again.</translation>
    </message>
    <message>
        <source> på rad {row}</source>
        <translation> on row {row}</translation>
    </message>
    <message>
        <source>Filen {quoted} har en cell{where} med mer text än ett kalkylblad rymmer och kan inte läsas. Rätta eller ta bort cellen och spara filen på nytt.</source>
        <translation>The file {quoted} has a cell{where} with more text than a spreadsheet can hold, and cannot be read. Correct or remove the cell and save the file again.</translation>
    </message>
    <message>
        <source>Filen {quoted} blandar teckenkodningar: rad {utf8_row} är sparad som UTF-8 men rad {cp1252_row} som Windows-1252, så å, ä och ö skulle bli fel. Öppna filen i Excel, rätta raderna och spara den som CSV UTF-8.</source>
        <translation>The file {quoted} mixes character encodings: row {utf8_row} is saved as UTF-8 but row {cp1252_row} as Windows-1252, so å, ä and ö would come out wrong. Open the file in Excel, correct the rows and save it as CSV UTF-8.</translation>
    </message>
    <message>
        <source>Filen {quoted} kan inte läsas: på rad {row} har ett fält ett citattecken (&quot;) som inte avslutas rätt. Rätta raden och spara filen på nytt.</source>
        <translation>The file {quoted} cannot be read: on row {row} a field has a quotation mark (&quot;) that is not closed properly. Correct the row and save the file again.</translation>
    </message>
    <message>
        <source>Hittade ingen rubrikrad i filen {quoted} (letade på de första {searched_rows} raderna). Programmet letar efter kolumnerna {columns}. Listan behöver minst en namnkolumn och en kolumn till.</source>
        <translation>No header row was found in the file {quoted} (the first {searched_rows} rows were searched). The program looks for the columns {columns}. The list needs at least a name column and one other column.</translation>
    </message>
    <message>
        <source>Hittade ingen rubrikrad i filen {quoted} (letade på de första {searched_rows} raderna). Programmet letar efter kolumnerna {columns}. {needs}</source>
        <translation>Found no header row in the file {quoted} (looked at the first {searched_rows} rows). The program looks for the columns {columns}. {needs}</translation>
    </message>
    <message>
        <source>Filen {quoted} är öppen i ett annat program (till exempel Excel). Stäng den där och försök igen, eller spara under ett annat namn.</source>
        <translation>The file {quoted} is open in another program (Excel, for example). Close it there and try again, or save under another name.</translation>
    </message>
    <message>
        <source>Mappen {parent} finns inte, så {quoted} kan inte sparas där. Välj en annan mapp.</source>
        <translation>The folder {parent} does not exist, so {quoted} cannot be saved there. Choose another folder.</translation>
    </message>
    <message>
        <source>Filen {quoted} kunde inte sparas: du saknar behörighet att skriva i mappen {parent}, eller filen är skrivskyddad. Välj en annan mapp.</source>
        <translation>The file {quoted} could not be saved: you do not have permission to write in the folder {parent}, or the file is read-only. Choose another folder.</translation>
    </message>
    <message>
        <source>Det finns inte plats på disken för {quoted}. Ingen fil sparades; frigör utrymme eller välj en annan plats.</source>
        <translation>There is not enough space on the disk for {quoted}. No file was saved; free up some space or choose another location.</translation>
    </message>
    <message>
        <source>Filen {quoted} kunde inte sparas ({reason}). En tidigare fil med samma namn är orörd.</source>
        <translation>The file {quoted} could not be saved ({reason}). An earlier file with the same name has not been touched.</translation>
    </message>
    <message>
        <source>Filen {quoted} är ingen närvarolista eller närvaromatris från Seminarkoll (den dolda raden med id saknas). Exportera en ny närvarolista eller närvaromatris och fyll i den.</source>
        <translation>The file {quoted} is not an attendance list or attendance matrix from Seminarkoll (the hidden row with ids is missing). Export a new attendance list or attendance matrix and fill that in.</translation>
    </message>
    <message>
        <source>kunde inte skapa en tillfällig fil</source>
        <translation>could not create a temporary file</translation>
    </message>
    <message>
        <source>Personen finns inte längre.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>Rollen finns inte längre.</source>
        <translation>The role no longer exists.</translation>
    </message>
    <message>
        <source>Programmet finns inte längre.</source>
        <translation>The programme no longer exists.</translation>
    </message>
    <message>
        <source>Antagningen finns inte längre.</source>
        <translation>The enrolment no longer exists.</translation>
    </message>
    <message>
        <source>Kompletteringsuppgift</source>
        <translation>Make-up task</translation>
    </message>
    <message>
        <source>{task} (godkänd {date})</source>
        <translation>{task} (approved {date})</translation>
    </message>
    <message>
        <source>Ange varifrån ändringarna kommer.</source>
        <translation>State where the changes come from.</translation>
    </message>
    <message>
        <source>Registrera närvaron först; anteckningen hör till markeringen.</source>
        <translation>Record the attendance first; the note belongs to the mark.</translation>
    </message>
    <message>
        <source>Det finns redan en markering ({value}) för seminariet; ändra den i närvaromatrisen i stället.</source>
        <translation>There is already a mark ({value}) for the seminar; change it in the attendance matrix instead.</translation>
    </message>
    <message>
        <source>Personen finns inte längre i registret.</source>
        <translation>The person is no longer in the register.</translation>
    </message>
    <message>
        <source>Besökare vid seminarium {number}.</source>
        <translation>Visitor at seminar {number}.</translation>
    </message>
    <message>
        <source>{name} är anmäld till omgången men inte antagen. Välj att anta hen för att kunna registrera närvaron.</source>
        <translation>{name} has applied to the cohort but has not been admitted. Choose to admit them to record their attendance.</translation>
    </message>
    <message>
        <source>Kom utan att stå på listan.</source>
        <translation>Came without being on the list.</translation>
    </message>
    <message>
        <source>Skriv varför närvaron behöver ändras.</source>
        <translation>Give the reason the attendance needs changing.</translation>
    </message>
    <message>
        <source>Motiveringen får vara högst 2000 tecken.</source>
        <translation>The reason may be at most 2000 characters.</translation>
    </message>
    <message>
        <source>Seminarium {number} är inte signerat.</source>
        <translation>Seminar {number} is not signed off.</translation>
    </message>
    <message>
        <source>Beskriv kompletteringsuppgiften.</source>
        <translation>Describe the make-up task.</translation>
    </message>
    <message>
        <source>Omgången tillåter inte kompletteringsuppgifter. Ändra kraven för godkänt först.</source>
        <translation>The cohort does not allow make-up tasks. Change the completion requirements first.</translation>
    </message>
    <message>
        <source>Deltagaren räknas redan som närvarande vid seminarium {number}; ingen komplettering behövs.</source>
        <translation>The participant already counts as present at seminar {number}; no make-up is needed.</translation>
    </message>
    <message>
        <source>Kravet kan inte vara fler än omgångens {count} seminarier.</source>
        <translation>The requirement cannot be more than the cohort&apos;s {count} seminars.</translation>
    </message>
    <message>
        <source>Samma deltagare och seminarium förekommer två gånger.</source>
        <translation>The same participant and seminar appear twice.</translation>
    </message>
    <message>
        <source>Anteckningen får vara högst 2000 tecken.</source>
        <translation>The note may be at most 2000 characters.</translation>
    </message>
    <message>
        <source>En av deltagarna finns inte längre.</source>
        <translation>One of the participants no longer exists.</translation>
    </message>
    <message>
        <source>Ett av seminarierna finns inte längre.</source>
        <translation>One of the seminars no longer exists.</translation>
    </message>
    <message>
        <source>Deltagaren är inte antagen till seminariets omgång.</source>
        <translation>The participant is not enrolled in the seminar&apos;s cohort.</translation>
    </message>
    <message>
        <source>Närvaron för seminarium {numbers} är signerad. Lås upp seminariet med en motivering för att ändra den.</source>
        <translation>The attendance for seminar {numbers} is signed off. Unlock the seminar, giving a reason, to change it.</translation>
    </message>
    <message>
        <source>Efter upplåsning: {reason}</source>
        <translation>After unlocking: {reason}</translation>
    </message>
    <message>
        <source>Seminariet finns inte längre.</source>
        <translation>The seminar no longer exists.</translation>
    </message>
    <message>
        <source>Omgången finns inte längre.</source>
        <translation>The cohort no longer exists.</translation>
    </message>
    <message>
        <source> av {name}</source>
        <translation> by {name}</translation>
    </message>
    <message>
        <source>Seminarium {number} är redan signerat{by}. Lås upp det med en motivering för att ändra närvaron.</source>
        <translation>Seminar {number} is already signed off{by}. Unlock it, giving a reason, to change the attendance.</translation>
    </message>
    <message>
        <source>1 ruta</source>
        <translation>1 cell</translation>
    </message>
    <message>
        <source>{count} rutor</source>
        <translation>{count} cells</translation>
    </message>
    <message>
        <source>{noun} i filen ”{name}” kan inte läsas, så ingen närvaro importerades. Rätta dem och importera filen igen.</source>
        <translation>{noun} in the file “{name}” cannot be read, so no attendance was imported. Correct them and import the file again.</translation>
    </message>
    <message>
        <source>Offline-signering från {name} ({sheet})</source>
        <translation>Offline signing from {name} ({sheet})</translation>
    </message>
    <message>
        <source>Import från {name}</source>
        <translation>Import from {name}</translation>
    </message>
    <message>
        <source>Närvaron i {cohort} har ändrats sedan filen ”{name}” förhandsgranskades. Förhandsgranska filen igen.</source>
        <translation>The attendance in {cohort} has changed since the file “{name}” was previewed. Preview the file again.</translation>
    </message>
    <message>
        <source>Filen ”{name}” saknar uppgift om omgången. Exportera en ny närvarolista eller närvaromatris.</source>
        <translation>The file “{name}” does not say which cohort it belongs to. Export a new attendance list or attendance matrix.</translation>
    </message>
    <message>
        <source>Filen gäller ett seminarium som inte finns i {cohort} (längre). Exportera en ny fil.</source>
        <translation>The file is for a seminar that does not exist in {cohort} (any more). Export a new file.</translation>
    </message>
    <message>
        <source>Deltagaren</source>
        <translation>The participant</translation>
    </message>
    <message>
        <source>{who} finns inte (längre) i {cohort}. Ta bort raden, eller lägg till deltagaren i Seminarkoll och exportera en ny fil.</source>
        <translation>{who} is not in {cohort} (any more). Remove the row, or add the participant in Seminarkoll and export a new file.</translation>
    </message>
    <message>
        <source>ingår inte i omgången vid seminarium {number} (före start eller efter avbrott), så markeringen räknas inte och sparas inte.</source>
        <translation>is not part of the cohort at seminar {number} (before joining or after withdrawing), so the mark does not count and is not saved.</translation>
    </message>
    <message>
        <source>seminarium {number} hålls först {date}; i förväg kan bara anmäld frånvaro registreras.</source>
        <translation>seminar {number} is not held until {date}; in advance only an excused absence can be recorded.</translation>
    </message>
    <message>
        <source>anteckningen behöver en närvaromarkering i samma rad.</source>
        <translation>the note needs an attendance mark on the same row.</translation>
    </message>
    <message>
        <source>anteckningen får vara högst {limit} tecken.</source>
        <translation>the note may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>{display} är en databasserver; säkerhetskopiera den med serverns egna verktyg (t.ex. pg_dump).</source>
        <translation>{display} is a database server; back it up with the server&apos;s own tools (e.g. pg_dump).</translation>
    </message>
    <message>
        <source>Bara en databasfil (SQLite) kan återställas från en säkerhetskopia.</source>
        <translation>Only a database file (SQLite) can be restored from a backup.</translation>
    </message>
    <message>
        <source>Säkerhetskopian {source} finns inte.</source>
        <translation>The backup {source} does not exist.</translation>
    </message>
    <message>
        <source>{source} är databasen själv, inte en säkerhetskopia.</source>
        <translation>{source} is the database itself, not a backup.</translation>
    </message>
    <message>
        <source>{source} innehåller ingen Seminarkoll-databas.</source>
        <translation>{source} does not contain a Seminarkoll database.</translation>
    </message>
    <message>
        <source>Ange programmet med dess id eller namn.</source>
        <translation>Give the programme by its id or name.</translation>
    </message>
    <message>
        <source>Det finns inget program med id eller namn ”{text}”. Se `seminarkoll list`.</source>
        <translation>There is no programme with the id or name “{text}”. See `seminarkoll list`.</translation>
    </message>
    <message>
        <source>Flera program heter ”{text}” ({candidates}). Ange programmets id.</source>
        <translation>Several programmes are called “{text}” ({candidates}). Give the programme&apos;s id.</translation>
    </message>
    <message>
        <source>Ange omgången med dess id eller namn.</source>
        <translation>Give the cohort by its id or name.</translation>
    </message>
    <message>
        <source>Det finns ingen omgång med id eller namn ”{text}”. Ange omgångens id eller hela namn, till exempel ”Omgång 3”.</source>
        <translation>There is no cohort with the id or name “{text}”. Give the cohort&apos;s id or full name, for example “Omgång 3”.</translation>
    </message>
    <message>
        <source>Flera omgångar heter ”{text}” ({candidates}). Ange omgångens id.</source>
        <translation>Several cohorts are called “{text}” ({candidates}). Give the cohort&apos;s id.</translation>
    </message>
    <message>
        <source>{label} får vara högst {limit} tecken.</source>
        <translation>{label} may be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Logotypen är för stor (högst 2 MB); välj en mindre bild.</source>
        <translation>The logo is too large (2 MB at most); choose a smaller image.</translation>
    </message>
    <message>
        <source>Ingen deltagare i {cohort_name} heter ”{tidy}” eller har den e-postadressen.</source>
        <translation>No participant in {cohort_name} is called “{tidy}” or has that e-mail address.</translation>
    </message>
    <message>
        <source>Flera deltagare heter ”{tidy}” ({listed}). Ange id.</source>
        <translation>Several participants are called “{tidy}” ({listed}). Give the id.</translation>
    </message>
    <message>
        <source>Någon av de valda deltagarna finns inte längre i omgången.</source>
        <translation>One of the chosen participants is no longer in the cohort.</translation>
    </message>
    <message>
        <source>Ingen i omgången är godkänd ännu, så det finns inga intyg att skriva. Välj en person för att skriva ett deltagarintyg.</source>
        <translation>Nobody in the cohort has completed yet, so there are no certificates to produce. Choose a person to produce a certificate of participation.</translation>
    </message>
    <message>
        <source>Det finns inget exempel som heter ”{key}”. Välj ett av: {keys}.</source>
        <translation>There is no example called ”{key}”. Choose one of: {keys}.</translation>
    </message>
    <message>
        <source>Exempelprogrammet ”{demo_programme}” finns redan i databasen. Inget har ändrats.</source>
        <translation>The example programme “{demo_programme}” is already in the database. Nothing has been changed.</translation>
    </message>
    <message>
        <source>antagningen</source>
        <translation>the enrolment</translation>
    </message>
    <message>
        <source>{count} av de valda personerna finns inte längre i registret.</source>
        <translation>{count} of the chosen people are no longer in the register.</translation>
    </message>
    <message>
        <source>ändringen</source>
        <translation>the change</translation>
    </message>
    <message>
        <source>borttagningen</source>
        <translation>the removal</translation>
    </message>
    <message>
        <source>{count} av de valda antagningarna finns inte längre; någon annan har tagit bort dem. Ingenting ändrades.</source>
        <translation>{count} of the chosen enrolments no longer exist; someone else has removed them. Nothing was changed.</translation>
    </message>
    <message>
        <source>Startdatumet kan inte vara före ansökningsdatumet.</source>
        <translation>The start date cannot be before the application date.</translation>
    </message>
    <message>
        <source>Gruppen finns inte i seminariets omgång.</source>
        <translation>The group is not in the seminar&apos;s cohort.</translation>
    </message>
    <message>
        <source>Omgången {name} har inget seminarium {number} (seminarierna har nummer {numbers}).</source>
        <translation>The cohort {name} has no seminar {number} (the seminars are numbered {numbers}).</translation>
    </message>
    <message>
        <source>Filen ”{name}” har fel filändelse för den här exporten. Använd {listed}.</source>
        <translation>The file “{name}” has the wrong extension for this export. Use {listed}.</translation>
    </message>
    <message>
        <source>Omgången har ingen grupp ”{tidy}” (grupperna: {names}).</source>
        <translation>The cohort has no group “{tidy}” (the groups: {names}).</translation>
    </message>
    <message>
        <source>Ange gruppens namn.</source>
        <translation>Enter the group&apos;s name.</translation>
    </message>
    <message>
        <source>Namnet får vara högst 200 tecken.</source>
        <translation>The name may be at most 200 characters.</translation>
    </message>
    <message>
        <source>Det finns redan en grupp som heter ”{other_name}” i omgången.</source>
        <translation>There is already a group called “{other_name}” in the cohort.</translation>
    </message>
    <message>
        <source>Gruppledaren finns inte längre.</source>
        <translation>The group leader no longer exists.</translation>
    </message>
    <message>
        <source>En deltagare kan vara med i en grupp av varje slag. Redan med i en annan grupp av samma slag: {who}.</source>
        <translation>A participant can be in one group of each kind. Already in another group of the same kind: {who}.</translation>
    </message>
    <message>
        <source>Bara deltagare i samma omgång kan läggas till i gruppen.</source>
        <translation>Only participants in the same cohort can be added to the group.</translation>
    </message>
    <message>
        <source>Datumet måste ligga inom omgångens tid, {start}–{end}.</source>
        <translation>The date must lie within the cohort&apos;s dates, {start}–{end}.</translation>
    </message>
    <message>
        <source>Gruppen har redan en träff {day}.</source>
        <translation>The group already has a meeting on {day}.</translation>
    </message>
    <message>
        <source>Bara gruppens medlemmar kan ha närvaro på träffen, inte {names}.</source>
        <translation>Only the group&apos;s members can have attendance at the meeting, not {names}.</translation>
    </message>
    <message>
        <source>Gruppen ”{group}” har inga träffar.</source>
        <translation>The group “{group}” has no meetings.</translation>
    </message>
    <message>
        <source>Gruppen ”{group}” har ingen träff {number} (träffarna har nummer 1–{last}).</source>
        <translation>The group “{group}” has no meeting {number} (the meetings are numbered 1–{last}).</translation>
    </message>
    <message>
        <source>Träffen {day} är inte signerad.</source>
        <translation>The meeting on {day} is not signed off.</translation>
    </message>
    <message>
        <source>Gruppen finns inte längre.</source>
        <translation>The group no longer exists.</translation>
    </message>
    <message>
        <source>Träffen finns inte längre.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <source>Träffen {day} i {group}</source>
        <translation>The meeting on {day} in {group}</translation>
    </message>
    <message>
        <source>Träffen {day} är signerad. Lås upp den för att ändra närvaron.</source>
        <translation>The meeting on {day} is signed off. Unlock it to change the attendance.</translation>
    </message>
    <message>
        <source>Ange ditt namn.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Ansökan finns inte längre.</source>
        <translation>The application no longer exists.</translation>
    </message>
    <message>
        <source>Personen har redan en ansökan eller antagning i omgången.</source>
        <translation>The person already has an application or enrolment in the cohort.</translation>
    </message>
    <message>
        <source>Intervjuns utfall får vara högst {outcome_max} tecken.</source>
        <translation>The interview outcome may be at most {outcome_max} characters.</translation>
    </message>
    <message>
        <source>Ansökan finns inte längre. Uppdatera listan.</source>
        <translation>The application no longer exists. Refresh the list.</translation>
    </message>
    <message>
        <source>E-postadressen används redan av {full_name} (föreläsare).</source>
        <translation>The e-mail address is already used by {full_name} (lecturer).</translation>
    </message>
    <message>
        <source>E-postadressen används redan av {full_name} (deltagare).</source>
        <translation>The e-mail address is already used by {full_name} (participant).</translation>
    </message>
    <message>
        <source>Föreläsaren finns inte längre i registret.</source>
        <translation>The lecturer is no longer in the register.</translation>
    </message>
    <message>
        <source>{full_name} är också deltagare ({count_phrase}) och kan därför inte tas bort ur registret här.</source>
        <translation>{full_name} is also a participant ({count_phrase}) and so cannot be removed from the register here.</translation>
    </message>
    <message>
        <source>föreläsaren {full_name}</source>
        <translation>the lecturer {full_name}</translation>
    </message>
    <message>
        <source>Ny person; antas till omgången.</source>
        <translation>New person; will be enrolled in the cohort.</translation>
    </message>
    <message>
        <source>importen</source>
        <translation>the import</translation>
    </message>
    <message>
        <source>Samma namn och arbetsplats som rad {row}, och e-post saknas.</source>
        <translation>Same name and workplace as row {row}, and no e-mail address.</translation>
    </message>
    <message>
        <source>Antas till omgången.</source>
        <translation>Will be enrolled in the cohort.</translation>
    </message>
    <message>
        <source>Anteckningen läggs till.</source>
        <translation>The note will be added.</translation>
    </message>
    <message>
        <source>Ny person.</source>
        <translation>New person.</translation>
    </message>
    <message>
        <source>Status i omgången: ”{before}” → ”{after}”{on}.</source>
        <translation>Status in the cohort: “{before}” → “{after}”{on}.</translation>
    </message>
    <message>
        <source>Finns redan, inget ändras.</source>
        <translation>Already registered; nothing changes.</translation>
    </message>
    <message>
        <source>samma e-post</source>
        <translation>same e-mail address</translation>
    </message>
    <message>
        <source>samma namn och arbetsplats</source>
        <translation>same name and workplace</translation>
    </message>
    <message>
        <source>Finns redan ({how}).</source>
        <translation>Already registered ({how}).</translation>
    </message>
    <message>
        <source>Personen har status ”{before}” i omgången och kan inte få status ”{after}”.</source>
        <translation>The person has the status “{before}” in the cohort and cannot get the status “{after}”.</translation>
    </message>
    <message>
        <source>Får status ”{status}” i omgången{on}.</source>
        <translation>Gets the status “{status}” in the cohort{on}.</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>”{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <source>tomt</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>{label}: {before} → ”{after}”</source>
        <translation>{label}: {before} → “{after}”</translation>
    </message>
    <message>
        <source>{label} får vara högst {limit} tecken (här {length}).</source>
        <translation>{label} may be at most {limit} characters (here {length}).</translation>
    </message>
    <message>
        <source>Förnamnet</source>
        <translation>The first name</translation>
    </message>
    <message>
        <source>Efternamnet</source>
        <translation>The last name</translation>
    </message>
    <message>
        <source>E-postadressen</source>
        <translation>The e-mail address</translation>
    </message>
    <message>
        <source>Telefonnumret</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>Befattningen</source>
        <translation>The job title</translation>
    </message>
    <message>
        <source>Organisationen</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>Namnet</source>
        <translation>The name</translation>
    </message>
    <message>
        <source>Området</source>
        <translation>The area</translation>
    </message>
    <message>
        <source>{name} har deltagit i, föreläst vid eller lett en omgång och kan därför inte tas bort helt. Anonymisera personen i stället; då finns omgångarnas siffror kvar.</source>
        <translation>{name} has taken part in, lectured at or led a cohort and so cannot be removed completely. Anonymise the person instead; the cohorts&apos; figures are then kept.</translation>
    </message>
    <message>
        <source>Borttagningen ångrades.</source>
        <translation>The removal was undone.</translation>
    </message>
    <message>
        <source>sammanslagningen</source>
        <translation>the merge</translation>
    </message>
    <message>
        <source>Personen har ändrats sedan sammanslagningen, så den kan inte ångras.</source>
        <translation>The person has changed since the merge, so it cannot be undone.</translation>
    </message>
    <message>
        <source>Sammanslagningen ångrades.</source>
        <translation>The merge was undone.</translation>
    </message>
    <message>
        <source>Ange förnamn.</source>
        <translation>Enter a first name.</translation>
    </message>
    <message>
        <source>Arbetsplatsen finns inte längre.</source>
        <translation>The workplace no longer exists.</translation>
    </message>
    <message>
        <source>E-postadressen används redan av {full_name}.</source>
        <translation>The e-mail address is already used by {full_name}.</translation>
    </message>
    <message>
        <source>Välj två olika personer att slå ihop.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <source>{remove_name} slås ihop med {keep_name}. Uppgifterna för {keep_name} behålls.</source>
        <translation>{remove_name} is merged into {keep_name}. The details of {keep_name} are kept.</translation>
    </message>
    <message>
        <source>E-postadressen {email} flyttas över.</source>
        <translation>The e-mail address {email} moves over.</translation>
    </message>
    <message>
        <source>Annan e-postadress: {email}</source>
        <translation>Other e-mail address: {email}</translation>
    </message>
    <message>
        <source>E-postadressen {email} sparas som annan adress i anteckningarna.</source>
        <translation>The e-mail address {email} is kept as another address in the notes.</translation>
    </message>
    <message>
        <source>Telefonnumret ”{value}” flyttas över.</source>
        <translation>The phone number “{value}” moves over.</translation>
    </message>
    <message>
        <source>Befattningen ”{value}” flyttas över.</source>
        <translation>The job title “{value}” moves over.</translation>
    </message>
    <message>
        <source>Organisationen ”{value}” flyttas över.</source>
        <translation>The organisation “{value}” moves over.</translation>
    </message>
    <message>
        <source>Arbetsplatsen flyttas över.</source>
        <translation>The workplace moves over.</translation>
    </message>
    <message>
        <source>Anteckningarna läggs ihop.</source>
        <translation>The notes are combined.</translation>
    </message>
    <message>
        <source>Antagningen till {cohort} flyttas över med all närvaro.</source>
        <translation>The enrolment in {cohort} moves over with all its attendance.</translation>
    </message>
    <message>
        <source>Båda var antagna till {cohort}; antagningarna blir en, med den bästa markeringen per seminarium.</source>
        <translation>Both were enrolled in {cohort}; the enrolments become one, with the better mark for each seminar.</translation>
    </message>
    <message>
        <source>Seminarium {number}: posterna hade olika markeringar ({first} och {second}); {kept} behålls.</source>
        <translation>Seminar {number}: the records had different marks ({first} and {second}); {kept} is kept.</translation>
    </message>
    <message>
        <source>Dubbletter sammanslagna.</source>
        <translation>Duplicates merged.</translation>
    </message>
    <message>
        <source>Ledarskapet för {groups} flyttas över.</source>
        <translation>Leadership of {groups} moves over.</translation>
    </message>
    <message>
        <source>Det finns ingen person med id eller e-postadress ”{text}”.</source>
        <translation>There is no person with the id or e-mail address “{text}”.</translation>
    </message>
    <message>
        <source>Filen ”{name}” har fel filändelse. Använd .json eller .xlsx.</source>
        <translation>The file “{name}” has the wrong extension. Use .json or .xlsx.</translation>
    </message>
    <message>
        <source>Temaområdena har ändrats under tiden. Stäng listan och öppna den igen.</source>
        <translation>The theme areas have changed in the meantime. Close the list and open it again.</translation>
    </message>
    <message>
        <source>Någon annan har ändrat ordningen för temaområdena sedan listan visades. Ingenting flyttades.</source>
        <translation>Someone else has changed the order of the theme areas since the list was shown. Nothing was moved.</translation>
    </message>
    <message>
        <source>Temaområdet ”{name}” används av {used} seminarier. Välj om de ska flyttas till ett annat temaområde eller bli utan temaområde.</source>
        <translation>The theme area “{name}” is used by {used} seminars. Choose whether they should move to another theme area or have no theme area.</translation>
    </message>
    <message>
        <source>Välj ett annat temaområde i samma program.</source>
        <translation>Choose another theme area in the same programme.</translation>
    </message>
    <message>
        <source>Ange programmets namn.</source>
        <translation>Enter the programme&apos;s name.</translation>
    </message>
    <message>
        <source>Namnet får vara högst {limit} tecken långt.</source>
        <translation>The name may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>Det finns redan ett program som heter ”{other_name}”.</source>
        <translation>There is already a programme called “{other_name}”.</translation>
    </message>
    <message>
        <source>Texten får vara högst {limit} tecken lång.</source>
        <translation>The text may be at most {limit} characters long.</translation>
    </message>
    <message>
        <source>programmet ”{name}”</source>
        <translation>the programme “{name}”</translation>
    </message>
    <message>
        <source>temaområdet ”{name}”</source>
        <translation>the theme area “{name}”</translation>
    </message>
    <message>
        <source>Temaområdet finns inte längre.</source>
        <translation>The theme area no longer exists.</translation>
    </message>
    <message>
        <source>Ange temaområdets namn.</source>
        <translation>Enter the theme area&apos;s name.</translation>
    </message>
    <message>
        <source>Programmet har redan ett temaområde som heter ”{name}”.</source>
        <translation>The programme already has a theme area called “{name}”.</translation>
    </message>
    <message>
        <source>omgången ”{name}” ({school_year})</source>
        <translation>the cohort “{name}” ({school_year})</translation>
    </message>
    <message>
        <source>Programmet har redan en omgång som heter ”{name}”.</source>
        <translation>The programme already has a cohort called “{name}”.</translation>
    </message>
    <message>
        <source> eller flytta seminarierna först</source>
        <translation> or move the seminars first</translation>
    </message>
    <message>
        <source>De planerade seminarierna hamnar</source>
        <translation>The planned seminars fall</translation>
    </message>
    <message>
        <source>Omgången har seminarier</source>
        <translation>The cohort has seminars</translation>
    </message>
    <message>
        <source>{what} före startdatumet ({dates}). Välj ett tidigare startdatum{then}.</source>
        <translation>{what} before the start date ({dates}). Choose an earlier start date{then}.</translation>
    </message>
    <message>
        <source>{what} efter slutdatumet ({dates}). Välj ett senare slutdatum{then}.</source>
        <translation>{what} after the end date ({dates}). Choose a later end date{then}.</translation>
    </message>
    <message>
        <source>Välj en omgång i samma program att kopiera.</source>
        <translation>Choose a cohort in the same programme to copy.</translation>
    </message>
    <message>
        <source>”{name}” har inga seminarier att kopiera. Välj en annan omgång.</source>
        <translation>“{name}” has no seminars to copy. Choose another cohort.</translation>
    </message>
    <message>
        <source>Avbrutet. Ingenting sparades.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>{name} tas bort.</source>
        <translation>{name} is removed.</translation>
    </message>
    <message>
        <source>{name} tas bort, tillsammans med {description}.</source>
        <translation>{name} is removed, together with {description}.</translation>
    </message>
    <message>
        <source>{capitalised} har fått {description} sedan dess och tas därför inte bort här. Ta bort det uttryckligen om det verkligen ska bort.</source>
        <translation>{capitalised} has had {description} added since then, so it is not removed here. Remove it explicitly if it really should go.</translation>
    </message>
    <message>
        <source>Seminariet står redan först.</source>
        <translation>The seminar is already first.</translation>
    </message>
    <message>
        <source>Seminariet står redan sist.</source>
        <translation>The seminar is already last.</translation>
    </message>
    <message>
        <source>Seminarium {number} ”{title}” är signerat och kan inte byta datum. Lås upp närvaron först.</source>
        <translation>Seminar {number} “{title}” is signed off and cannot change date. Unlock the attendance first.</translation>
    </message>
    <message>
        <source>Seminariet kan inte återställas: omgången har redan ett seminarium {value}.</source>
        <translation>The seminar cannot be restored: the cohort already has a seminar on {value}.</translation>
    </message>
    <message>
        <source>seminarium {number} ”{title}” ({date})</source>
        <translation>seminar {number} “{title}” ({date})</translation>
    </message>
    <message>
        <source>Seminarium {number} i {cohort}</source>
        <translation>Seminar {number} of {cohort}</translation>
    </message>
    <message>
        <source>Ange både start- och sluttid, eller ingen av dem.</source>
        <translation>Enter both a start and an end time, or neither.</translation>
    </message>
    <message>
        <source>Seminariet är signerat och kan inte byta datum. Lås upp närvaron först.</source>
        <translation>The seminar is signed off and cannot change date. Unlock the attendance first.</translation>
    </message>
    <message>
        <source>Välj ett temaområde i omgångens program.</source>
        <translation>Choose a theme area in the cohort&apos;s programme.</translation>
    </message>
    <message>
        <source>Den nya föreläsaren</source>
        <translation>The new lecturer</translation>
    </message>
    <message>
        <source>{name}: e-postadressen står två gånger.</source>
        <translation>{name}: the e-mail address appears twice.</translation>
    </message>
    <message>
        <source>En av föreläsarna finns inte längre i registret.</source>
        <translation>One of the lecturers is no longer in the register.</translation>
    </message>
    <message>
        <source>{full_name} står två gånger.</source>
        <translation>{full_name} appears twice.</translation>
    </message>
    <message>
        <source>Seminariet finns inte längre i omgången.</source>
        <translation>The seminar is no longer in the cohort.</translation>
    </message>
    <message>
        <source>, eller välj ett startdatum efter seminariet</source>
        <translation>, or choose a start date after the seminar</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>är signerat</source>
        <translation>is signed off</translation>
    </message>
    <message>
        <source>seminariet</source>
        <translation>the seminar</translation>
    </message>
    <message>
        <source>Seminarierna</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>är signerade</source>
        <translation>are signed off</translation>
    </message>
    <message>
        <source>seminarierna</source>
        <translation>the seminars</translation>
    </message>
    <message>
        <source>{noun} {listed} {verb}, och {what} skulle ändra närvarolistan. Lås upp {it} med en motivering först{hint}. Inget har ändrats.</source>
        <translation>{noun} {listed} {verb}, and {what} would change the attendance list. Unlock {it}, giving a reason, first{hint}. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Ange ett antal år mellan 1 och {max_years}.</source>
        <translation>Enter a number of years between 1 and {max_years}.</translation>
    </message>
    <message>
        <source>Ange arbetsplatsens namn.</source>
        <translation>Enter the workplace&apos;s name.</translation>
    </message>
    <message>
        <source>Det finns redan en arbetsplats som heter ”{name}”.</source>
        <translation>There is already a workplace called “{name}”.</translation>
    </message>
    <message>
        <source>”{text}” är ingen närvaromarkering. Använd {listed} (eller N, S, F, A, 1–4), eller lämna rutan tom.</source>
        <translation>“{text}” is not an attendance mark. Use {listed} (or N, S, F, A, 1–4), or leave the cell empty.</translation>
    </message>
    <message>
        <source>Kolumn {number}</source>
        <translation>Column {number}</translation>
    </message>
    <message>
        <source>Raden saknar deltagarens id och kan inte kopplas till någon. En ny deltagare läggs till i Seminarkoll, inte i filen.</source>
        <translation>The row has no participant id and cannot be matched to anyone. A new participant is added in Seminarkoll, not in the file.</translation>
    </message>
    <message>
        <source>Samma deltagare som på rad {row}.</source>
        <translation>The same participant as on row {row}.</translation>
    </message>
    <message>
        <source>Namnet ”{name}” behöver både förnamn och efternamn.</source>
        <translation>The name “{name}” needs both a first name and a surname.</translation>
    </message>
    <message>
        <source>Namn saknas.</source>
        <translation>Name missing.</translation>
    </message>
    <message>
        <source>Förnamn saknas.</source>
        <translation>First name missing.</translation>
    </message>
    <message>
        <source>Efternamn saknas.</source>
        <translation>Surname missing.</translation>
    </message>
    <message>
        <source>”{text}” är inget datum (skriv det som 2025-03-01).</source>
        <translation>“{text}” is not a date (write it as 2025-03-01).</translation>
    </message>
    <message>
        <source>”{text}” är samma e-post som rad {row}.</source>
        <translation>“{text}” is the same e-mail address as row {row}.</translation>
    </message>
    <message>
        <source>”{text}” är ingen giltig e-postadress.</source>
        <translation>“{text}” is not a valid e-mail address.</translation>
    </message>
    <message>
        <source>Filen ”{name}” verkar vara öppen i ett annat program (låsfilen ”{lock}” finns). Det som läses är den senast sparade versionen; spara och stäng filen först om du har ändrat i den.</source>
        <translation>The file “{name}” seems to be open in another program (the lock file “{lock}” exists). What is read is the last saved version; save and close the file first if you have changed it.</translation>
    </message>
    <message>
        <source>Databasen {path} är redan öppen i Seminarkoll på en annan dator. Stäng den där först.</source>
        <translation>The database {path} is already open in Seminarkoll on another computer. Close it there first.</translation>
    </message>
    <message>
        <source>Databasen {path} är redan öppen i Seminarkoll, i ett annat fönster. Stäng det först.</source>
        <translation>The database {path} is already open in Seminarkoll, in another window. Close that first.</translation>
    </message>
    <message>
        <source>Välj kolumnen med {field}.</source>
        <translation>Choose the column with {field}.</translation>
    </message>
    <message>
        <source>Listan behöver kolumner för e-post, roll och datum.</source>
        <translation>The list needs columns for e-mail, role and date.</translation>
    </message>
    <message>
        <source>E-post saknas.</source>
        <translation>E-mail missing.</translation>
    </message>
    <message>
        <source>Roll saknas.</source>
        <translation>Role missing.</translation>
    </message>
    <message>
        <source>”{text}” är ingen roll som känns igen (kända roller: {titles}).</source>
        <translation>“{text}” is not a role that is recognised (known roles: {titles}).</translation>
    </message>
    <message>
        <source>Arbetsplatsen</source>
        <translation>The workplace</translation>
    </message>
    <message>
        <source>Datum saknas.</source>
        <translation>Date missing.</translation>
    </message>
    <message>
        <source>”{text}” är inget datum; skriv det som ÅÅÅÅ-MM-DD.</source>
        <translation>“{text}” is not a date; write it as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>{added} roller lades till, {repeated} fanns redan</source>
        <translation>{added} roles added, {repeated} already recorded</translation>
    </message>
    <message>
        <source>Rätta filen och läs in den igen.</source>
        <translation>Correct the file and read it again.</translation>
    </message>
    <message>
        <source>{name} har redan den rollen från det datumet.</source>
        <translation>{name} already has that role from that date.</translation>
    </message>
    <message>
        <source>Ny roll.</source>
        <translation>New role.</translation>
    </message>
    <message>
        <source>Ingen person i registret har e-posten ”{email}”.</source>
        <translation>No person in the register has the e-mail “{email}”.</translation>
    </message>
    <message>
        <source>Drivrutinen {driver} för PostgreSQL saknas i den här installationen, så {where} kan inte öppnas. Installera om Seminarkoll.</source>
        <translation>The PostgreSQL driver {driver} is missing from this installation, so {where} cannot be opened. Reinstall Seminarkoll.</translation>
    </message>
    <message>
        <source>{where} är ingen databas som Seminarkoll kan öppna: ange en SQLite-fil eller en adress som börjar med postgresql://.</source>
        <translation>{where} is not a database Seminarkoll can open: give a SQLite file or an address starting with postgresql://.</translation>
    </message>
    <message>
        <source>Anteckningen om {person} vid seminarium {number} ändrades av {by}, {when}</source>
        <translation>The note on {person} at seminar {number} was changed by {by}, {when}</translation>
    </message>
    <message>
        <source>{person} vid träff {number} är markerad som {mark} av {by}, {when}</source>
        <translation>{person} at meeting {number} is marked {mark} by {by}, {when}</translation>
    </message>
    <message>
        <source>{person} vid seminarium {number} är markerad som {mark} av {by}, {when}</source>
        <translation>{person} at seminar {number} is marked {mark} by {by}, {when}</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>okänd tid</source>
        <translation>unknown time</translation>
    </message>
    <message>
        <source>{cell} sedan den visades. Ingenting sparades.</source>
        <translation>{cell} since it was shown. Nothing was saved.</translation>
    </message>
    <message>
        <source>{cell} sedan listan lästes. Ingenting sparades; välj om din markering ska ersätta den.</source>
        <translation>{cell} since the list was read. Nothing was saved; choose whether your mark should replace it.</translation>
    </message>
    <message>
        <source>Ytterligare {count} rutor har ändrats av någon annan.</source>
        <translation>{count} more cells have been changed by someone else.</translation>
    </message>
    <message>
        <source>Någon annan sparade samma uppgifter i samma stund. Inget av ditt sparades: öppna dem på nytt och försök igen.</source>
        <translation>Someone else saved the same details at the same moment. Nothing of yours was saved: open them again and try once more.</translation>
    </message>
    <message>
        <source>{subject} ändrades av {by} {when} efter att du öppnade det.</source>
        <translation>{subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>{subject} ändrades av {by} {when} efter att du öppnade den.</source>
        <translation>{subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>Uppgifterna om {subject} ändrades av {by} {when} efter att du öppnade dem.</source>
        <translation>The details of {subject} were changed by {by} {when} after you opened them.</translation>
    </message>
    <message>
        <source>Antagningen av {subject} ändrades av {by} {when} efter att du öppnade den.</source>
        <translation>The enrolment of {subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>Gruppen {subject} ändrades av {by} {when} efter att du öppnade den.</source>
        <translation>The group {subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>någon annan</source>
        <translation>someone else</translation>
    </message>
    <message>
        <source>{count} till av dem du valde har också ändrats sedan de visades.</source>
        <translation>{count} more of those you chose have also changed since they were shown.</translation>
    </message>
    <message>
        <source>Programmet {subject} ändrades av {by} {when} efter att du öppnade det.</source>
        <translation>The programme {subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>Temaområdet {subject} ändrades av {by} {when} efter att du öppnade det.</source>
        <translation>The theme area {subject} was changed by {by} {when} after you opened it.</translation>
    </message>
    <message>
        <source>{subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>{subject} was changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>Uppgifterna om {subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>The details of {subject} were changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>Antagningen av {subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>The enrolment of {subject} was changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>Gruppen {subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>The group {subject} was changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>Programmet {subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>The programme {subject} was changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>Temaområdet {subject} ändrades av {by} {when} sedan listan visades.</source>
        <translation>The theme area {subject} was changed by {by} {when} after the list was shown.</translation>
    </message>
    <message>
        <source>kl. {time}</source>
        <translation>at {time}</translation>
    </message>
    <message>
        <source>den {date} {clock}</source>
        <translation>on {date} {clock}</translation>
    </message>
    <message>
        <source>{path} är ingen offline-signering från Seminarkoll (filen saknar uppgift om varifrån den kopierades). Välj filen som Signera offline sparade.</source>
        <translation>{path} is not an offline signing from Seminarkoll (the file does not say where it was copied from). Choose the file saved by Sign offline.</translation>
    </message>
    <message>
        <source>Filen {path} finns inte.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Offline-signeringen {path} är skadad ({verdict}); den kan inte läsas.</source>
        <translation>The offline signing {path} is damaged ({verdict}); it cannot be read.</translation>
    </message>
    <message>
        <source>Offline-signeringen {path} kunde inte läsas: {reason}.</source>
        <translation>The offline signing {path} could not be read: {reason}.</translation>
    </message>
    <message>
        <source>Filen ”{name}” är en offline-signering från en annan databas ({source}, kopierad {date}), inte från {here}. Läs in den där. Ingenting har ändrats.</source>
        <translation>The file “{name}” is an offline signing from another database ({source}, copied {date}), not from {here}. Read it in there. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Seminarium {number}, som filen ”{name}” gäller, finns inte längre i databasen. Ingenting har ändrats.</source>
        <translation>Seminar {number}, which the file “{name}” is for, no longer exists in the database. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Filen ”{name}” gäller ett annat seminarium än det valda (seminarium {number}, kopierat {date}). Välj det seminariet och läs in filen igen. Ingenting har ändrats.</source>
        <translation>The file “{name}” is for another seminar than the one chosen (seminar {number}, copied {date}). Choose that seminar and read the file again. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Besökare som lades till offline läses inte in: {names}. Lägg till dem i signeringsvyn här.</source>
        <translation>Visitors added offline are not read in: {names}. Add them in the sign-off view here.</translation>
    </message>
    <message>
        <source>Markeringar som togs bort offline tas inte bort här: {names}. Ta bort dem i närvaromatrisen om de ska bort.</source>
        <translation>Marks removed offline are not removed here: {names}. Remove them in the attendance matrix if they should go.</translation>
    </message>
    <message>
        <source>Seminariet signerades offline av {name}. Signera det här när markeringarna är inlästa.</source>
        <translation>The seminar was signed offline by {name}. Sign it here once the marks are read in.</translation>
    </message>
    <message>
        <source>Offline-filen {path} är öppen i Seminarkoll (eller stängdes inte ordentligt). Stäng den eller välj ett annat filnamn.</source>
        <translation>The offline file {path} is open in Seminarkoll (or was not closed properly). Close it or choose another file name.</translation>
    </message>
    <message>
        <source>{noun} i filen ”{name}” har problem, så ingenting importerades.</source>
        <translation>The file “{name}” has problems on {noun}, so nothing was imported.</translation>
    </message>
    <message>
        <source>Rätta filen, eller välj att bara importera de giltiga raderna.</source>
        <translation>Correct the file, or choose to import only the valid rows.</translation>
    </message>
</context>
<context>
    <name>Examples</name>
    <message>
        <source>Trollhättan: ett läsår, sju seminarier, 21 deltagare i samtalsgrupper och två tidigare omgångar med alumner som blivit rektorer.</source>
        <translation>Trollhättan: one school year, seven seminars, 21 participants in discussion groups and two earlier cohorts with alumni who became principals.</translation>
    </message>
    <message>
        <source>Örebro: 140 chefer i 12 lärgrupper med var sin processledare, en omgång över tre läsår med seminarier varje termin och närvaro det första året.</source>
        <translation>Örebro: 140 managers in 12 learning groups, each with a process leader, one cohort over three school years with seminars every term and attendance in the first year.</translation>
    </message>
    <message>
        <source>Uddevalla: tio nya chefer, var och en i ett mentorpar med en erfaren chef, coachinggrupper, sex seminarier och mentorsträffar med närvaro under hösten.</source>
        <translation>Uddevalla: ten new managers, each in a mentor pair with an experienced manager, coaching groups, six seminars and mentor meetings with attendance in the autumn.</translation>
    </message>
</context>
<context>
    <name>ExchangeFiles</name>
    <message>
        <source>Kalkylblad och CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Alla filer (*)</source>
        <translation>Spreadsheets and CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Offline-signering (*.sqlite3);;Alla filer (*)</source>
        <translation>Offline signing (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, semikolonseparerad (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Offline-signering (*.sqlite3)</source>
        <translation>Offline signing (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>ExchangeMenu</name>
    <message>
        <source>Importera &amp;deltagare …</source>
        <translation>Import &amp;participants …</translation>
    </message>
    <message>
        <source>Importera &amp;närvaro …</source>
        <translation>Import &amp;attendance …</translation>
    </message>
    <message>
        <source>Importera &amp;roller från HR …</source>
        <translation>Import &amp;roles from HR …</translation>
    </message>
    <message>
        <source>&amp;Exportera</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Deltagarlista (Excel) …</source>
        <translation>&amp;Participant list (Excel) …</translation>
    </message>
    <message>
        <source>Deltagarlista (&amp;CSV) …</source>
        <translation>Participant list (&amp;CSV) …</translation>
    </message>
    <message>
        <source>&amp;Närvaromatris (Excel) …</source>
        <translation>&amp;Attendance matrix (Excel) …</translation>
    </message>
    <message>
        <source>Närvaromatris (CS&amp;V) …</source>
        <translation>Attendance matrix (CS&amp;V) …</translation>
    </message>
    <message>
        <source>&amp;Schema (Excel) …</source>
        <translation>&amp;Schedule (Excel) …</translation>
    </message>
    <message>
        <source>&amp;Hela omgången (Excel) …</source>
        <translation>&amp;Whole cohort (Excel) …</translation>
    </message>
    <message>
        <source>Närvarolista för seminarium (&amp;Excel) …</source>
        <translation>Sign-in sheet for seminar (&amp;Excel) …</translation>
    </message>
    <message>
        <source>Närvarolista för seminarium (&amp;PDF) …</source>
        <translation>Sign-in sheet for seminar (&amp;PDF) …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Välj först en omgång i listan till vänster.</source>
        <translation>First choose a cohort in the list on the left.</translation>
    </message>
    <message>
        <source>Deltagarlista %1</source>
        <translation>Participant list %1</translation>
    </message>
    <message>
        <source>Närvaro %1</source>
        <translation>Attendance %1</translation>
    </message>
    <message>
        <source>Schema %1</source>
        <translation>Schedule %1</translation>
    </message>
    <message>
        <source>Närvarolista seminarium %2 %1</source>
        <translation>Sign-in sheet seminar %2 %1</translation>
    </message>
    <message>
        <source>Exportera</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporterar …</source>
        <translation>Exporting …</translation>
    </message>
    <message>
        <source>%1 är sparad: %2</source>
        <translation>%1 is saved: %2</translation>
    </message>
    <message>
        <source>Exporten kunde inte göras</source>
        <translation>The export could not be done</translation>
    </message>
    <message>
        <source>Närvarolista</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Omgången har inga seminarier.</source>
        <translation>The cohort has no seminars.</translation>
    </message>
    <message>
        <source>Ingen databas</source>
        <translation>No database</translation>
    </message>
    <message>
        <source>Ingen databas är öppen.</source>
        <translation>No database is open.</translation>
    </message>
</context>
<context>
    <name>ExchangeModels</name>
    <message>
        <source>Ny</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Uppdateras</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Oförändrad</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Dubblett</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ny markering</source>
        <translation>New mark</translation>
    </message>
    <message>
        <source>Ny anteckning</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Ändrad offline</source>
        <translation>Changed offline</translation>
    </message>
    <message>
        <source>Konflikt</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Signerat</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Kolumn</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Registrerat nu</source>
        <translation>Recorded now</translation>
    </message>
    <message>
        <source>I filen</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>(inget)</source>
        <translation>(nothing)</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>{first} eller {last}</source>
        <translation>{first} or {last}</translation>
    </message>
    <message>
        <source>Sida &amp;P av &amp;N</source>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <source>Utdrag {created}</source>
        <translation>Exported {created}</translation>
    </message>
    <message>
        <source>Okänd närvaro</source>
        <translation>Unknown attendance mark</translation>
    </message>
    <message>
        <source>Välj {choices} i listan, eller lämna rutan tom.</source>
        <translation>Choose {choices} from the list, or leave the cell empty.</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Välj i listan.</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <source>1 intyg</source>
        <translation>1 certificate of completion</translation>
    </message>
    <message>
        <source>{count} intyg</source>
        <translation>{count} certificates of completion</translation>
    </message>
    <message>
        <source>1 deltagarintyg</source>
        <translation>1 certificate of attendance</translation>
    </message>
    <message>
        <source>{count} deltagarintyg</source>
        <translation>{count} certificates of attendance</translation>
    </message>
    <message>
        <source>{certificates} sparade i 1 fil.</source>
        <translation>{certificates} saved in 1 file.</translation>
    </message>
    <message>
        <source>{certificates} sparade i {count} filer.</source>
        <translation>{certificates} saved in {count} files.</translation>
    </message>
    <message>
        <source>deltagarlistan</source>
        <translation>the participant list</translation>
    </message>
    <message>
        <source>närvaromatrisen</source>
        <translation>the attendance matrix</translation>
    </message>
    <message>
        <source>schemat</source>
        <translation>the schedule</translation>
    </message>
    <message>
        <source>arbetsboken med hela omgången</source>
        <translation>the workbook with the whole cohort</translation>
    </message>
    <message>
        <source>närvarolistan för seminarium {number}</source>
        <translation>the sign-in sheet for seminar {number}</translation>
    </message>
    <message>
        <source> eller </source>
        <translation> or </translation>
    </message>
    <message>
        <source>1 deltagare</source>
        <translation>1 participant</translation>
    </message>
    <message>
        <source>{count} deltagare</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>1 seminarium</source>
        <translation>1 seminar</translation>
    </message>
    <message>
        <source>{count} seminarier</source>
        <translation>{count} seminars</translation>
    </message>
    <message>
        <source>frånvarande vid seminarium {n}</source>
        <translation>absent from seminar {n}</translation>
    </message>
    <message>
        <source>med anmäld frånvaro vid seminarium {n}</source>
        <translation>with excused absence from seminar {n}</translation>
    </message>
    <message>
        <source>närvarande vid seminarium {n}</source>
        <translation>present at seminar {n}</translation>
    </message>
    <message>
        <source>Föreläsare i omgången</source>
        <translation>Lecturers in the cohort</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Markerade deltagare</source>
        <translation>Selected participants</translation>
    </message>
    <message>
        <source>gruppen</source>
        <translation>the group</translation>
    </message>
    <message>
        <source>i {group}</source>
        <translation>in {group}</translation>
    </message>
    <message>
        <source>i riskzonen</source>
        <translation>at risk</translation>
    </message>
    <message>
        <source>Alla deltagare i {cohort}</source>
        <translation>All participants in {cohort}</translation>
    </message>
    <message>
        <source>1 ny markering</source>
        <translation>1 new mark</translation>
    </message>
    <message>
        <source>{count} nya markeringar</source>
        <translation>{count} new marks</translation>
    </message>
    <message>
        <source>1 ny anteckning</source>
        <translation>1 new note</translation>
    </message>
    <message>
        <source>{count} nya anteckningar</source>
        <translation>{count} new notes</translation>
    </message>
    <message>
        <source>1 ändrad markering</source>
        <translation>1 changed mark</translation>
    </message>
    <message>
        <source>{count} ändrade markeringar</source>
        <translation>{count} changed marks</translation>
    </message>
    <message>
        <source>1 konflikt</source>
        <translation>1 conflict</translation>
    </message>
    <message>
        <source>{count} konflikter</source>
        <translation>{count} conflicts</translation>
    </message>
    <message>
        <source>1 på signerat seminarium</source>
        <translation>1 on a signed-off seminar</translation>
    </message>
    <message>
        <source>{count} på signerade seminarier</source>
        <translation>{count} on signed-off seminars</translation>
    </message>
    <message>
        <source>{count} oförändrade</source>
        <translation>{count} unchanged</translation>
    </message>
    <message>
        <source>1 markering sparad</source>
        <translation>1 mark saved</translation>
    </message>
    <message>
        <source>{count} markeringar sparade</source>
        <translation>{count} marks saved</translation>
    </message>
    <message>
        <source>0 ändringar</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>1 skrevs över</source>
        <translation>1 overwritten</translation>
    </message>
    <message>
        <source>{count} skrevs över</source>
        <translation>{count} overwritten</translation>
    </message>
    <message>
        <source>1 konflikt behölls oförändrad</source>
        <translation>1 conflict left unchanged</translation>
    </message>
    <message>
        <source>{count} konflikter behölls</source>
        <translation>{count} conflicts left unchanged</translation>
    </message>
    <message>
        <source>1 på signerat seminarium ändrades inte</source>
        <translation>1 on a signed-off seminar not changed</translation>
    </message>
    <message>
        <source>{count} låsta</source>
        <translation>{count} locked</translation>
    </message>
    <message>
        <source>{created} nya, {updated} uppdaterade, {unchanged} oförändrade</source>
        <translation>{created} new, {updated} updated, {unchanged} unchanged</translation>
    </message>
    <message>
        <source>Ingen arbetsplats angiven</source>
        <translation>No workplace given</translation>
    </message>
    <message>
        <source>Inget temaområde</source>
        <translation>No theme area</translation>
    </message>
    <message>
        <source>uppföljningen</source>
        <translation>the follow-up</translation>
    </message>
    <message>
        <source>jämförelsen</source>
        <translation>the comparison</translation>
    </message>
    <message>
        <source>Seminarium {number} av {count} i {cohort} ({school_year}), {programme}.</source>
        <translation>Seminar {number} of {count} in {cohort} ({school_year}), {programme}.</translation>
    </message>
    <message>
        <source>Temaområde: {theme}</source>
        <translation>Theme area: {theme}</translation>
    </message>
    <message>
        <source>Föreläsare: {lecturer}</source>
        <translation>Lecturer: {lecturer}</translation>
    </message>
    <message>
        <source>närvarolistan för träff {number} i {group} ({day})</source>
        <translation>the sign-in sheet for meeting {number} of {group} ({day})</translation>
    </message>
    <message>
        <source>Seminarium {number} med {people} deltagare och {marks} markeringar sparat i {path}</source>
        <translation>Seminar {number} with {people} participants and {marks} marks saved in {path}</translation>
    </message>
    <message>
        <source>Seminarium {number}</source>
        <translation>Seminar {number}</translation>
    </message>
    <message>
        <source>{seminar}, markerat av {names}</source>
        <translation>{seminar}, marked by {names}</translation>
    </message>
</context>
<context>
    <name>FileWords</name>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Sen</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Anmäld frånvaro</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Besökare</source>
        <translation>Visitor</translation>
    </message>
    <message>
        <source>Kompletterat</source>
        <translation>Made up</translation>
    </message>
    <message>
        <source>Anmäld</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Intervju bokad</source>
        <translation>Interview booked</translation>
    </message>
    <message>
        <source>Intervjuad</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Väntelista</source>
        <translation>Waiting list</translation>
    </message>
    <message>
        <source>Ej antagen</source>
        <translation>Not accepted</translation>
    </message>
    <message>
        <source>Antagen</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Deltar</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <source>Avbrutit</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Fullföljt</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Enligt plan</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>I riskzonen</source>
        <translation>At risk</translation>
    </message>
    <message>
        <source>Kan inte bli godkänd</source>
        <translation>Cannot complete</translation>
    </message>
    <message>
        <source>Deltar inte</source>
        <translation>Not taking part</translation>
    </message>
    <message>
        <source>Ledare: {leader}</source>
        <translation>Leader: {leader}</translation>
    </message>
    <message>
        <source>Grupp: {group} · ledare {leader}</source>
        <translation>Group: {group} · led by {leader}</translation>
    </message>
    <message>
        <source>Grupp: {group}</source>
        <translation>Group: {group}</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Slutdatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Deltagit</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Krav</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Resultat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Förklaring</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Förväntade</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Ej registrerade</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Deltagarlista</source>
        <translation>Participant list</translation>
    </message>
    <message>
        <source>Närvaromatris</source>
        <translation>Attendance matrix</translation>
    </message>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>{count} deltagare</source>
        <translation>{count} participants</translation>
    </message>
    <message>
        <source>, {count} övriga (anmälda, besökare)</source>
        <translation>, {count} others (applicants, visitors)</translation>
    </message>
    <message>
        <source>Deltagarlista – {title}</source>
        <translation>Participant list – {title}</translation>
    </message>
    <message>
        <source>Närvaro – {title}</source>
        <translation>Attendance – {title}</translation>
    </message>
    <message>
        <source>Krav: {required} av {seminars} seminarier · tom ruta: ingen närvaro registrerad · –: ingår inte i deltagarens period</source>
        <translation>Required: {required} of {seminars} seminars · empty cell: no attendance recorded · –: outside the participant&apos;s period</translation>
    </message>
    <message>
        <source>Sem. {number} ({term})</source>
        <translation>Sem. {number} ({term})</translation>
    </message>
    <message>
        <source>Sem. {number}</source>
        <translation>Sem. {number}</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Veckodag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Gästföreläsare</source>
        <translation>Guest lecturers</translation>
    </message>
    <message>
        <source>Schema – {title}</source>
        <translation>Schedule – {title}</translation>
    </message>
    <message>
        <source>{count} seminarier</source>
        <translation>{count} seminars</translation>
    </message>
    <message>
        <source>{what} · utdrag ur Seminarkoll {created}</source>
        <translation>{what} · exported from Seminarkoll {created}</translation>
    </message>
    <message>
        <source>Närvarolista</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Närvarolista – seminarium {number}: {title}</source>
        <translation>Sign-in sheet – seminar {number}: {title}</translation>
    </message>
    <message>
        <source>Väntade</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Sena</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Ej registrerat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Närvarograd</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Seminarier</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Genomförda</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Översikt</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Alumner</source>
        <translation>Alumni</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Godkända</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>I ledarroll nu</source>
        <translation>In a leadership role now</translation>
    </message>
    <message>
        <source>Någon gång i ledarroll</source>
        <translation>Ever in a leadership role</translation>
    </message>
    <message>
        <source>Andel någon gång</source>
        <translation>Share ever in a role</translation>
    </message>
    <message>
        <source>Median till första roll (månader)</source>
        <translation>Median to first role (months)</translation>
    </message>
    <message>
        <source>Första roll efter programmet</source>
        <translation>First role after the programme</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Roll nu</source>
        <translation>Role now</translation>
    </message>
    <message>
        <source>Alumner i ledarroller per omgång, utdrag {date}</source>
        <translation>Alumni in leadership roles per cohort, exported {date}</translation>
    </message>
    <message>
        <source>Alumner – {programme}</source>
        <translation>Alumni – {programme}</translation>
    </message>
    <message>
        <source>Godkända deltagare och deras roller</source>
        <translation>Participants who completed and their roles</translation>
    </message>
    <message>
        <source>Rekryteringsutfall – {programme}</source>
        <translation>Recruitment outcome – {programme}</translation>
    </message>
    <message>
        <source>Andel godkända</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Läsår</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Genomsnittlig närvaro</source>
        <translation>Average attendance</translation>
    </message>
    <message>
        <source>alla omgångar</source>
        <translation>all cohorts</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Utdrag ur Seminarkoll {created}</source>
        <translation>Exported from Seminarkoll {created}</translation>
    </message>
    <message>
        <source>Närvaro per seminarium</source>
        <translation>Attendance per seminar</translation>
    </message>
    <message>
        <source>Antal deltagare</source>
        <translation>Number of participants</translation>
    </message>
    <message>
        <source>Temaområden</source>
        <translation>Theme areas</translation>
    </message>
    <message>
        <source>Närvaro per temaområde</source>
        <translation>Attendance per theme area</translation>
    </message>
    <message>
        <source>Närvarograd per temaområde</source>
        <translation>Attendance rate per theme area</translation>
    </message>
    <message>
        <source>Arbetsplatser</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <source>Deltagare per arbetsplats</source>
        <translation>Participants per workplace</translation>
    </message>
    <message>
        <source>Deltagare och godkända per arbetsplats</source>
        <translation>Participants and completers per workplace</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Jämförelse</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Omgångar år för år</source>
        <translation>Cohorts year by year</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Proportion</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Föreläsare och seminarier per läsår</source>
        <translation>Lecturers and seminars per school year</translation>
    </message>
</context>
<context>
    <name>FollowUpActions</name>
    <message>
        <source>&amp;Inställningar …</source>
        <translation>&amp;Settings …</translation>
    </message>
    <message>
        <source>&amp;Intyg …</source>
        <translation>&amp;Certificates …</translation>
    </message>
    <message>
        <source>&amp;Uppföljning av programmet …</source>
        <translation>Programme &amp;follow-up …</translation>
    </message>
    <message>
        <source>Uppföljning</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Spara rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Som Excel-arbetsbok med diagram …</source>
        <translation>As an Excel workbook with charts …</translation>
    </message>
    <message>
        <source>Som PDF …</source>
        <translation>As PDF …</translation>
    </message>
    <message>
        <source>Seminarier</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Temaområden</source>
        <translation>Theme areas</translation>
    </message>
    <message>
        <source>Arbetsplatser</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <source>Omgångar år för år</source>
        <translation>Cohorts year by year</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Uppföljningen kunde inte visas</source>
        <translation>The follow-up could not be shown</translation>
    </message>
    <message>
        <source>%1 av %2 seminarier genomförda · närvarograd i snitt %3 · %4 godkända av %5</source>
        <translation>%1 of %2 seminars held · average attendance rate %3 · %4 completed of %5</translation>
    </message>
    <message>
        <source>Spara uppföljningen</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <source>Rapporten kunde inte sparas</source>
        <translation>The report could not be saved</translation>
    </message>
    <message>
        <source>%1 är sparad som %2.</source>
        <translation>%1 is saved as %2.</translation>
    </message>
    <message>
        <source>Rapporten är sparad</source>
        <translation>The report is saved</translation>
    </message>
</context>
<context>
    <name>FollowUpTables</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Väntade</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Närvarande</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Sena</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Anmäld frånvaro</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <source>Frånvarande</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Närvarograd</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <source>Seminarier</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Genomförda</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Deltog</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Godkända</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Andel godkända</source>
        <translation>Share completed</translation>
    </message>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Läsår</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Genomsnittlig närvaro</source>
        <translation>Average attendance</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Totalt</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1 · v. %2</source>
        <translation>%1 · wk %2</translation>
    </message>
    <message>
        <source>Planeras</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Avslutad</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>inte genomfört än · %1 förväntade</source>
        <translation>not held yet · %1 expected</translation>
    </message>
    <message>
        <source>%1 av %2 närvarande</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <source>%1 väntar på markering</source>
        <translation>%1 awaiting a mark</translation>
    </message>
    <message>
        <source>%1 besökare</source>
        <translation>%1 visitors</translation>
    </message>
    <message>
        <source>signerad</source>
        <translation>signed</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Ny grupp</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Ändra grupp</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <source>t.ex. Lärteam 1</source>
        <translation>e.g. Learning team 1</translation>
    </message>
    <message>
        <source>(ingen ledare)</source>
        <translation>(no leader)</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Ledare:</source>
        <translation>&amp;Leader:</translation>
    </message>
</context>
<context>
    <name>GroupMeetingsDialog</name>
    <message>
        <source>Träffar – %1</source>
        <translation>Meetings – %1</translation>
    </message>
    <message>
        <source>&amp;Ny träff …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>Ä&amp;ndra …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <source>&amp;Signering …</source>
        <translation>&amp;Sign-off …</translation>
    </message>
    <message>
        <source>Närvaro&amp;lista (PDF) …</source>
        <translation>Sign-in &amp;sheet (PDF) …</translation>
    </message>
    <message>
        <source>Enter eller dubbelklick i listan</source>
        <translation>Enter or double-click in the list</translation>
    </message>
    <message>
        <source>Gruppens egna träffar, med närvaro för medlemmarna.</source>
        <translation>The group&apos;s own meetings, with attendance for its members.</translation>
    </message>
    <message>
        <source>Träffarna kunde inte visas</source>
        <translation>The meetings could not be shown</translation>
    </message>
    <message>
        <source>Träffen %1 är tillagd.</source>
        <translation>The meeting on %1 has been added.</translation>
    </message>
    <message>
        <source>Träffen %1 tas bort.</source>
        <translation>The meeting on %1 will be removed.</translation>
    </message>
    <message>
        <source>Dess %1 närvaronoteringar tas också bort.</source>
        <translation>Its %1 attendance marks will be removed too.</translation>
    </message>
    <message>
        <source>Ta bort träff</source>
        <translation>Remove meeting</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Träffen kunde inte tas bort</source>
        <translation>The meeting could not be removed</translation>
    </message>
    <message>
        <source>Träffen %1 är borttagen.</source>
        <translation>The meeting on %1 has been removed.</translation>
    </message>
    <message>
        <source>Närvarolista %1 träff %2</source>
        <translation>Sign-in sheet %1 meeting %2</translation>
    </message>
    <message>
        <source>Spara närvarolista</source>
        <translation>Save sign-in sheet</translation>
    </message>
    <message>
        <source>Närvarolistan kunde inte sparas</source>
        <translation>The sign-in sheet could not be saved</translation>
    </message>
    <message>
        <source>Sparad: %1 (%2).</source>
        <translation>Saved: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Groups</name>
    <message>
        <source>Lärteam</source>
        <translation>Learning team</translation>
    </message>
    <message>
        <source>Mentorgrupp</source>
        <translation>Mentor group</translation>
    </message>
    <message>
        <source>Mentorpar</source>
        <translation>Mentor pair</translation>
    </message>
    <message>
        <source>Samtalsgrupp</source>
        <translation>Discussion group</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>gruppens ledare</source>
        <translation>the group&apos;s leader</translation>
    </message>
    <message>
        <source>medlem</source>
        <translation>member</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Antal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>&amp;Ny grupp …</source>
        <translation>&amp;New group …</translation>
    </message>
    <message>
        <source>Ä&amp;ndra …</source>
        <translation>E&amp;dit …</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <source>T&amp;räffar …</source>
        <translation>&amp;Meetings …</translation>
    </message>
    <message>
        <source>Gruppens egna träffar: planera dem, ta närvaro och skriv ut närvarolistor.</source>
        <translation>The group&apos;s own meetings: plan them, take attendance and print sign-in sheets.</translation>
    </message>
    <message>
        <source>&amp;Fördela deltagare utan grupp</source>
        <translation>&amp;Distribute participants without a group</translation>
    </message>
    <message>
        <source>Lägger var och en som saknar en grupp av den valda gruppens typ i den minsta gruppen av den typen.</source>
        <translation>Puts each participant without a group of the selected group&apos;s type into the smallest group of that type.</translation>
    </message>
    <message>
        <source>↑ &amp;Lägg till i gruppen</source>
        <translation>↑ &amp;Add to the group</translation>
    </message>
    <message>
        <source>↓ Ta &amp;bort ur gruppen</source>
        <translation>↓ Re&amp;move from the group</translation>
    </message>
    <message>
        <source>Grupper i omgången</source>
        <translation>Groups in the cohort</translation>
    </message>
    <message>
        <source>Deltagare utan grupp</source>
        <translation>Participants without a group</translation>
    </message>
    <message>
        <source>Deltagare utan %1</source>
        <translation>Participants without %1</translation>
    </message>
    <message>
        <source>Välj en grupp</source>
        <translation>Choose a group</translation>
    </message>
    <message>
        <source>Medlemmar i %1</source>
        <translation>Members of %1</translation>
    </message>
    <message>
        <source>Gruppen ”%1” tas bort. Dess %2 medlemmar finns kvar i omgången.</source>
        <translation>The group “%1” is removed. Its %2 members stay in the cohort.</translation>
    </message>
    <message>
        <source>Ta bort grupp</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Gruppen kunde inte tas bort</source>
        <translation>The group could not be removed</translation>
    </message>
    <message>
        <source>Det finns inga grupper att fördela till. Skapa grupper med Ny grupp först.</source>
        <translation>There are no groups to distribute to. Create groups with New group first.</translation>
    </message>
    <message>
        <source>Alla deltagare har redan en grupp av typen %1.</source>
        <translation>All participants already have a group of the type %1.</translation>
    </message>
    <message>
        <source>1 deltagare placerades i en grupp av typen %2.</source>
        <translation>1 participant was placed in a group of the type %2.</translation>
    </message>
    <message>
        <source>%1 deltagare placerades i grupper av typen %2.</source>
        <translation>%1 participants were placed in groups of the type %2.</translation>
    </message>
    <message>
        <source>Gruppen kunde inte ändras</source>
        <translation>The group could not be changed</translation>
    </message>
</context>
<context>
    <name>Holiday</name>
    <message>
        <source>Nyårsdagen</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <source>Trettondedag jul</source>
        <translation>Epiphany</translation>
    </message>
    <message>
        <source>Långfredagen</source>
        <translation>Good Friday</translation>
    </message>
    <message>
        <source>Påskdagen</source>
        <translation>Easter Sunday</translation>
    </message>
    <message>
        <source>Annandag påsk</source>
        <translation>Easter Monday</translation>
    </message>
    <message>
        <source>Första maj</source>
        <translation>May Day</translation>
    </message>
    <message>
        <source>Kristi himmelsfärdsdag</source>
        <translation>Ascension Day</translation>
    </message>
    <message>
        <source>Pingstdagen</source>
        <translation>Whit Sunday</translation>
    </message>
    <message>
        <source>Sveriges nationaldag</source>
        <translation>Sweden&apos;s National Day</translation>
    </message>
    <message>
        <source>Midsommarafton</source>
        <translation>Midsummer Eve</translation>
    </message>
    <message>
        <source>Midsommardagen</source>
        <translation>Midsummer Day</translation>
    </message>
    <message>
        <source>Alla helgons dag</source>
        <translation>All Saints&apos; Day</translation>
    </message>
    <message>
        <source>Julafton</source>
        <translation>Christmas Eve</translation>
    </message>
    <message>
        <source>Juldagen</source>
        <translation>Christmas Day</translation>
    </message>
    <message>
        <source>Annandag jul</source>
        <translation>Boxing Day</translation>
    </message>
    <message>
        <source>Nyårsafton</source>
        <translation>New Year&apos;s Eve</translation>
    </message>
    <message>
        <source>Trettondagsafton</source>
        <translation>Twelfth Night</translation>
    </message>
    <message>
        <source>Skärtorsdagen</source>
        <translation>Maundy Thursday</translation>
    </message>
    <message>
        <source>Påskafton</source>
        <translation>Holy Saturday</translation>
    </message>
    <message>
        <source>Valborgsmässoafton</source>
        <translation>Walpurgis Night</translation>
    </message>
    <message>
        <source>Dagen före Kristi himmelsfärdsdag</source>
        <translation>The day before Ascension Day</translation>
    </message>
    <message>
        <source>Pingstafton</source>
        <translation>Whitsun Eve</translation>
    </message>
    <message>
        <source>Dagen före nationaldagen</source>
        <translation>The day before National Day</translation>
    </message>
    <message>
        <source>Allhelgonaafton</source>
        <translation>All Saints&apos; Eve</translation>
    </message>
    <message>
        <source>Höstlov</source>
        <translation>Autumn half-term</translation>
    </message>
    <message>
        <source>Jullov</source>
        <translation>Christmas holiday</translation>
    </message>
    <message>
        <source>Sportlov</source>
        <translation>Winter sports holiday</translation>
    </message>
    <message>
        <source>Påsklov</source>
        <translation>Easter holiday</translation>
    </message>
</context>
<context>
    <name>ImportSteps</name>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&lt; &amp;Tillbaka</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Ingen fil vald</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Välj fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <source>Kolumner i filen</source>
        <translation>Columns in the file</translation>
    </message>
    <message>
        <source>Klicka på en kolumnrubrik för att välja vad kolumnen innehåller.</source>
        <translation>Click a column heading to choose what the column holds.</translation>
    </message>
    <message>
        <source>Så här ser filen ut</source>
        <translation>What the file looks like</translation>
    </message>
    <message>
        <source>&amp;Läs in filen igen</source>
        <translation>&amp;Read the file again</translation>
    </message>
    <message>
        <source>Har du rättat filen i Excel? Spara den och läs in den igen.</source>
        <translation>Have you corrected the file in Excel? Save it and read it again.</translation>
    </message>
    <message>
        <source>Läser %1 …</source>
        <translation>Reading %1 …</translation>
    </message>
    <message>
        <source>Jämför raderna med registret …</source>
        <translation>Comparing the rows with the register …</translation>
    </message>
    <message>
        <source>Läser in %1 igen …</source>
        <translation>Reading %1 again …</translation>
    </message>
    <message>
        <source>Nya arbetsplatser läggs till: %1.</source>
        <translation>New workplaces will be added: %1.</translation>
    </message>
    <message>
        <source>Steg 1 av 3: Fil och kolumner</source>
        <translation>Step 1 of 3: File and columns</translation>
    </message>
    <message>
        <source>Steg 2 av 3: Förhandsgranska</source>
        <translation>Step 2 of 3: Preview</translation>
    </message>
    <message>
        <source>Steg 3 av 3: Klart</source>
        <translation>Step 3 of 3: Done</translation>
    </message>
    <message>
        <source>Avbrutet. Ingenting sparades.</source>
        <translation>Cancelled. Nothing was saved.</translation>
    </message>
    <message>
        <source>Avbryter …</source>
        <translation>Cancelling …</translation>
    </message>
    <message>
        <source>Ett oväntat fel inträffade: %1</source>
        <translation>An unexpected error occurred: %1</translation>
    </message>
</context>
<context>
    <name>IntakeWindow</name>
    <message>
        <source>Antagning</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Ingen ansökan matchar urvalet.</source>
        <translation>No application matches the selection.</translation>
    </message>
    <message>
        <source>Alla ansökningar</source>
        <translation>All applications</translation>
    </message>
    <message>
        <source>Sök namn …</source>
        <translation>Search name …</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Boka intervju …</source>
        <translation>&amp;Book interview …</translation>
    </message>
    <message>
        <source>&amp;Intervjuad …</source>
        <translation>&amp;Interviewed …</translation>
    </message>
    <message>
        <source>&amp;Anta</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>&amp;Väntelista</source>
        <translation>&amp;Waiting list</translation>
    </message>
    <message>
        <source>Av&amp;slå</source>
        <translation>De&amp;cline</translation>
    </message>
    <message>
        <source>Skriv &amp;in i omgången</source>
        <translation>E&amp;nrol in the cohort</translation>
    </message>
    <message>
        <source>Åter&amp;tagen …</source>
        <translation>Wi&amp;thdrawn …</translation>
    </message>
    <message>
        <source>&amp;Kopiera e-postadresser</source>
        <translation>&amp;Copy e-mail addresses</translation>
    </message>
    <message>
        <source>Inga ansökningar i omgången ännu.</source>
        <translation>No applications in the cohort yet.</translation>
    </message>
    <message>
        <source>Boka intervju</source>
        <translation>Book interview</translation>
    </message>
    <message>
        <source>Intervju för %1:</source>
        <translation>Interview for %1:</translation>
    </message>
    <message>
        <source>Intervjuad</source>
        <translation>Interviewed</translation>
    </message>
    <message>
        <source>Utfall av intervjun med %1:</source>
        <translation>Outcome of the interview with %1:</translation>
    </message>
    <message>
        <source>Återtagen ansökan</source>
        <translation>Withdrawn application</translation>
    </message>
    <message>
        <source>Har %1 återtagit sin ansökan eller plats?</source>
        <translation>Has %1 withdrawn their application or place?</translation>
    </message>
    <message>
        <source>En plats är ledig</source>
        <translation>A place is free</translation>
    </message>
    <message>
        <source>%1 har väntat längst på väntelistan. Anta %1 till den lediga platsen?</source>
        <translation>%1 has waited longest on the waiting list. Accept %1 for the free place?</translation>
    </message>
    <message>
        <source>Adresserna är kopierade.</source>
        <translation>The addresses are copied.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket byts nästa gång Seminarkoll startar.</source>
        <translation>The language changes the next time Seminarkoll starts.</translation>
    </message>
    <message>
        <source>Just nu bestämmer miljövariabeln %1 språket.</source>
        <translation>Right now the environment variable %1 decides the language.</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>LecturerDialog</name>
    <message>
        <source>Ny föreläsare</source>
        <translation>New lecturer</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>t.ex. förvaltningschef</source>
        <translation>e.g. head of education</translation>
    </message>
    <message>
        <source>t.ex. Trollhättans stad</source>
        <translation>e.g. City of Trollhättan</translation>
    </message>
    <message>
        <source>&amp;Förnamn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Efternamn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>LecturerPickerDialog</name>
    <message>
        <source>Välj föreläsare</source>
        <translation>Choose lecturer</translation>
    </message>
    <message>
        <source>Sök på namn, titel, organisation eller e-post</source>
        <translation>Search by name, title, organisation or e-mail</translation>
    </message>
    <message>
        <source>Lägg till</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ingen föreläsare i registret matchar sökningen. Använd ”Ny föreläsare …” i seminariet för att lägga till en.</source>
        <translation>No lecturer in the register matches the search. Use “New lecturer …” in the seminar to add one.</translation>
    </message>
    <message>
        <source>Registret är tomt. Använd ”Ny föreläsare …” i seminariet.</source>
        <translation>The register is empty. Use “New lecturer …” in the seminar.</translation>
    </message>
</context>
<context>
    <name>LecturerRegisterWindow</name>
    <message>
        <source>Gästföreläsare</source>
        <translation>Guest lecturers</translation>
    </message>
    <message>
        <source>Sök på namn, titel (t.ex. ekonomichef), organisation eller e-post</source>
        <translation>Search by name, title (e.g. finance director), organisation or e-mail</translation>
    </message>
    <message>
        <source>Inga gästföreläsare än – lägg till en med Ny föreläsare.</source>
        <translation>No guest lecturers yet – add one with New lecturer.</translation>
    </message>
    <message>
        <source>&amp;Ny föreläsare …</source>
        <translation>&amp;New lecturer …</translation>
    </message>
    <message>
        <source>&amp;Redigera …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <source>Seminarier (dubbelklicka för att öppna omgången)</source>
        <translation>Seminars (double-click to open the cohort)</translation>
    </message>
    <message>
        <source>%1 föreläsare</source>
        <translation>%1 lecturers</translation>
    </message>
    <message>
        <source>Ingen föreläsare matchar sökningen.</source>
        <translation>No lecturer matches the search.</translation>
    </message>
    <message>
        <source>Registret är tomt. Lägg till en föreläsare med ”Ny föreläsare …”.</source>
        <translation>The register is empty. Add a lecturer with “New lecturer …”.</translation>
    </message>
</context>
<context>
    <name>LecturerSeminarsModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Seminarium</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Ämne</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Seminarium %1, %2</source>
        <translation>Seminar %1, %2</translation>
    </message>
</context>
<context>
    <name>LecturerTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Seminarier</source>
        <translation>Seminars</translation>
    </message>
    <message>
        <source>Senast</source>
        <translation>Latest</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Öppnar databasen …</source>
        <translation>Opening the database …</translation>
    </message>
    <message>
        <source>Program och omgångar</source>
        <translation>Programmes and cohorts</translation>
    </message>
    <message>
        <source>Välj en omgång i listan till vänster.</source>
        <translation>Choose a cohort in the list on the left.</translation>
    </message>
    <message>
        <source>&amp;Arkiv</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Nytt &amp;program …</source>
        <translation>New &amp;programme …</translation>
    </message>
    <message>
        <source>&amp;Öppna databas …</source>
        <translation>&amp;Open database …</translation>
    </message>
    <message>
        <source>&amp;Ny databas …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <source>Läs in &amp;exempelprogram</source>
        <translation>Load &amp;example programme</translation>
    </message>
    <message>
        <source>&amp;Avsluta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Om Seminarkoll</source>
        <translation>&amp;About Seminarkoll</translation>
    </message>
    <message>
        <source>&amp;Hjälp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tom fil</source>
        <translation>Empty file</translation>
    </message>
    <message>
        <source>Filen %1 är tom (0 byte) och innehåller ingen databas.

Vill du skapa en ny, tom Seminarkoll-databas i den?</source>
        <translation>The file %1 is empty (0 bytes) and holds no database.

Do you want to create a new, empty Seminarkoll database in it?</translation>
    </message>
    <message>
        <source>Skapa ny databas</source>
        <translation>Create new database</translation>
    </message>
    <message>
        <source>Ingen databas öppen</source>
        <translation>No database open</translation>
    </message>
    <message>
        <source>Databasen kunde inte öppnas</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <source>Ingen anslutning till servern</source>
        <translation>No connection to the server</translation>
    </message>
    <message>
        <source>Problem med databasen</source>
        <translation>Problem with the database</translation>
    </message>
    <message>
        <source>Databas: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Öppnar %1 …</source>
        <translation>Opening %1 …</translation>
    </message>
    <message>
        <source>Nyckelringen</source>
        <translation>The keyring</translation>
    </message>
    <message>
        <source>Omgången kunde inte visas</source>
        <translation>The cohort could not be shown</translation>
    </message>
    <message>
        <source>Anslut till gemensam data&amp;bas …</source>
        <translation>&amp;Connect to a shared database …</translation>
    </message>
    <message>
        <source>Databasen har ändrats av någon annan (en annan samordnare eller ett annat program); fönstret visar det senaste.</source>
        <translation>The database has been changed by someone else (another coordinator or another program); the window shows the latest.</translation>
    </message>
    <message>
        <source>Exempelprogrammet</source>
        <translation>The example programme</translation>
    </message>
    <message>
        <source>Exempelprogrammet är inläst.</source>
        <translation>The example programme is loaded.</translation>
    </message>
    <message>
        <source>Öppna databas</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Seminarkoll-databas (*.sqlite3 *.sqlite *.db);;Alla filer (*)</source>
        <translation>Seminarkoll database (*.sqlite3 *.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Ny databas</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Seminarkoll-databas (*.sqlite3)</source>
        <translation>Seminarkoll database (*.sqlite3)</translation>
    </message>
    <message>
        <source>(ingen databas öppen)</source>
        <translation>(no database open)</translation>
    </message>
    <message>
        <source>Om Seminarkoll</source>
        <translation>About Seminarkoll</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seminarkoll %1&lt;/h3&gt;&lt;p&gt;Planering, deltagare och närvaro för ledarutvecklingsprogram.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Databas:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt för Python&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Seminarkoll %1&lt;/h3&gt;&lt;p&gt;Planning, participants and attendance for leadership-development programmes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Python %3 · Qt for Python&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MakeupDialog</name>
    <message>
        <source>Kompletteringsuppgift</source>
        <translation>Make-up task</translation>
    </message>
    <message>
        <source>t.ex. Skriftlig reflektion över litteraturen</source>
        <translation>e.g. Written reflection on the reading</translation>
    </message>
    <message>
        <source>&amp;Uppgift:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <source>Godkänd</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Ta &amp;bort uppgiften</source>
        <translation>Re&amp;move the task</translation>
    </message>
</context>
<context>
    <name>MarkConflict</name>
    <message>
        <source>… och %1 rutor till</source>
        <translation>… and %1 more cells</translation>
    </message>
    <message>
        <source>Markerad av någon annan</source>
        <translation>Marked by someone else</translation>
    </message>
    <message>
        <source>Någon annan har ändrat markeringen sedan listan visades:</source>
        <translation>Someone else has changed the mark since the list was shown:</translation>
    </message>
    <message>
        <source>Listan visar nu den andras markering. Vill du behålla din egen (den andras ersätts) eller ta den andras?</source>
        <translation>The list now shows the other mark. Do you want to keep your own (the other is replaced) or take the other one?</translation>
    </message>
    <message>
        <source>Behåll min markering</source>
        <translation>Keep my mark</translation>
    </message>
    <message>
        <source>Ta den andras</source>
        <translation>Take the other one</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Ny träff</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Ändra träff</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <source>Tid:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>t.ex. Rektorsexpeditionen, Sylteskolan</source>
        <translation>e.g. Head teacher&apos;s office, Sylte School</translation>
    </message>
    <message>
        <source>(ingen ledare)</source>
        <translation>(no leader)</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>&amp;Ledare:</source>
        <translation>&amp;Leader:</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>MeetingSignOffWindow</name>
    <message>
        <source>Träffen kunde inte visas</source>
        <translation>The meeting could not be shown</translation>
    </message>
    <message>
        <source>Signering – %1, träff %2</source>
        <translation>Sign-off – %1, meeting %2</translation>
    </message>
    <message>
        <source>%1 · träff %2</source>
        <translation>%1 · meeting %2</translation>
    </message>
    <message>
        <source>ledare %1</source>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>Signerad av %1, %2. Lås upp för att ändra.</source>
        <translation>Signed off by %1, %2. Unlock to make changes.</translation>
    </message>
    <message>
        <source>Träffen är signerad. Lås upp den för att ändra.</source>
        <translation>The meeting is signed off. Unlock it to make changes.</translation>
    </message>
    <message>
        <source>Närvaron kunde inte sparas</source>
        <translation>The attendance could not be saved</translation>
    </message>
    <message>
        <source>ingen markering</source>
        <translation>no mark</translation>
    </message>
    <message>
        <source>markering ”%1”</source>
        <translation>mark “%1”</translation>
    </message>
    <message>
        <source>%1 medlemmar utan markering sätts till frånvarande. Markeringar som redan är gjorda ändras inte.</source>
        <translation>%1 members without a mark will be marked absent. Marks already made are not changed.</translation>
    </message>
    <message>
        <source>återstående satta till frånvarande</source>
        <translation>rest marked absent</translation>
    </message>
    <message>
        <source>Träffen kunde inte signeras</source>
        <translation>The meeting could not be signed off</translation>
    </message>
    <message>
        <source>Träff %1 i %2 (%3) signerades av %4.</source>
        <translation>Meeting %1 of %2 (%3) was signed off by %4.</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Upplåst. Signera igen när närvaron stämmer.</source>
        <translation>Unlocked. Sign off again when the attendance is right.</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Ledare</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Signerad</source>
        <translation>Signed off</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Slå ihop dubbletter</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <source>Alla antagningar, närvaromarkeringar, grupper och föreläsningar förs över till personen du behåller. Välj vems uppgifter som ska gälla:</source>
        <translation>All enrolments, attendance marks, groups and lectures are moved to the person you keep. Choose whose details apply:</translation>
    </message>
    <message>
        <source>&amp;Slå ihop</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Det här händer:</source>
        <translation>This is what happens:</translation>
    </message>
    <message>
        <source>Sammanslagningen misslyckades</source>
        <translation>The merge failed</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Ingenting ändrades. Det som visas nu är det som är sparat.</source>
        <translation>Nothing was changed. What is shown now is what is saved.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>t.ex. Sjukanmälan via mejl 8 feb</source>
        <translation>e.g. Reported sick by e-mail 8 Feb</translation>
    </message>
    <message>
        <source>&amp;Anteckning:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>OfflineActions</name>
    <message>
        <source>Öppna o&amp;ffline-signering …</source>
        <translation>Open o&amp;ffline signing …</translation>
    </message>
    <message>
        <source>Signera &amp;offline …</source>
        <translation>Sign &amp;offline …</translation>
    </message>
    <message>
        <source>Kopiera seminariets deltagare till en fil för signering utan nätverk</source>
        <translation>Copy the seminar&apos;s participants to a file for signing off without a network</translation>
    </message>
    <message>
        <source>Läs in offline-si&amp;gnering …</source>
        <translation>Read offline si&amp;gning back …</translation>
    </message>
    <message>
        <source>Signera offline</source>
        <translation>Sign offline</translation>
    </message>
    <message>
        <source>Kopierar seminariet …</source>
        <translation>Copying the seminar …</translation>
    </message>
    <message>
        <source>Signering %1 seminarium %2 %3</source>
        <translation>Signing %1 seminar %2 %3</translation>
    </message>
    <message>
        <source>%1. Öppna filen med Arkiv → Öppna offline-signering … på datorn vid seminariet.</source>
        <translation>%1. Open the file with File → Open offline signing … on the computer at the seminar.</translation>
    </message>
    <message>
        <source>Seminariet kunde inte kopieras</source>
        <translation>The seminar could not be copied</translation>
    </message>
    <message>
        <source>Öppna offline-signering</source>
        <translation>Open offline signing</translation>
    </message>
    <message>
        <source>Offline-signeringen kunde inte öppnas</source>
        <translation>The offline signing could not be opened</translation>
    </message>
    <message>
        <source>Läs in offline-signering</source>
        <translation>Read offline signing back</translation>
    </message>
</context>
<context>
    <name>OfflineImportDialog</name>
    <message>
        <source>Läs in offline-signering</source>
        <translation>Read offline signing back</translation>
    </message>
    <message>
        <source>Välj filen som Signera offline sparade.</source>
        <translation>Choose the file saved by Sign offline.</translation>
    </message>
    <message>
        <source>Välj offline-signering</source>
        <translation>Choose offline signing</translation>
    </message>
</context>
<context>
    <name>OfflineSignOffWindow</name>
    <message>
        <source>Offline-signering i %1, kopierad %2 från %3. Markeringarna sparas i filen; läs in den i den gemensamma databasen med Närvaro → Läs in offline-signering …</source>
        <translation>Offline signing in %1, copied %2 from %3. The marks are saved in the file; read it into the shared database with Attendance → Read offline signing back …</translation>
    </message>
    <message>
        <source>Offline – seminarium %1 – %2 – %3</source>
        <translation>Offline – seminar %1 – %2 – %3</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisation och intyg</source>
        <translation>Organisation and certificates</translation>
    </message>
    <message>
        <source>t.ex. Trollhättans stad, barn- och utbildning</source>
        <translation>e.g. City of Trollhättan, Children and Education</translation>
    </message>
    <message>
        <source>t.ex. Utvecklingsledare</source>
        <translation>e.g. Development lead</translation>
    </message>
    <message>
        <source>t.ex. Trollhättan</source>
        <translation>e.g. Trollhättan</translation>
    </message>
    <message>
        <source>Välj bild …</source>
        <translation>Choose image …</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Organisationens namn:</source>
        <translation>Organisation&apos;s name:</translation>
    </message>
    <message>
        <source>Logotyp:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Undertecknas av:</source>
        <translation>Signed by:</translation>
    </message>
    <message>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Ort:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Står överst och vid underskriften på intyg. Sparas i databasen, så alla som använder den får samma uppgifter.</source>
        <translation>Shown at the top and by the signature on certificates. Saved in the database, so everyone using it gets the same details.</translation>
    </message>
    <message>
        <source>Välj logotyp</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;Alla filer (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif);;All files (*)</translation>
    </message>
    <message>
        <source>Logotyp</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>%1 är för stor (högst 2 MB).</source>
        <translation>%1 is too large (at most 2 MB).</translation>
    </message>
    <message>
        <source>%1 är ingen bild som kan visas.</source>
        <translation>%1 is not an image that can be shown.</translation>
    </message>
    <message>
        <source>(ingen logotyp)</source>
        <translation>(no logo)</translation>
    </message>
</context>
<context>
    <name>ParticipantCard</name>
    <message>
        <source>Gästföreläsare</source>
        <translation>Guest lecturer</translation>
    </message>
    <message>
        <source>Inte antagen till någon omgång.</source>
        <translation>Not enrolled in any cohort.</translation>
    </message>
    <message>
        <source>Leder grupper</source>
        <translation>Leads groups</translation>
    </message>
    <message>
        <source>Föreläser</source>
        <translation>Lectures</translation>
    </message>
    <message>
        <source>Senare roller</source>
        <translation>Later roles</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>från %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>till %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 av %2 deltagna</source>
        <translation>%1 of %2 attended</translation>
    </message>
    <message>
        <source>Grupp: %1</source>
        <translation>Group: %1</translation>
    </message>
    <message>
        <source>kompletterad</source>
        <translation>made up</translation>
    </message>
    <message>
        <source> · intyg utfärdat %1</source>
        <translation> · certificate issued %1</translation>
    </message>
</context>
<context>
    <name>ParticipantCardDialog</name>
    <message>
        <source>Deltagarkort – %1</source>
        <translation>Participant card – %1</translation>
    </message>
    <message>
        <source>Senare &amp;roller …</source>
        <translation>Later &amp;roles …</translation>
    </message>
</context>
<context>
    <name>ParticipantField</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Skola/enhet</source>
        <translation>School/unit</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Statusdatum</source>
        <translation>Status date</translation>
    </message>
</context>
<context>
    <name>ParticipantImportDialog</name>
    <message>
        <source>Importera deltagare</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Till &amp;omgång:</source>
        <translation>Into &amp;cohort:</translation>
    </message>
    <message>
        <source>Det finns ingen omgång ännu – skapa en under Planering först</source>
        <translation>There is no cohort yet – create one under Planning first</translation>
    </message>
    <message>
        <source>Alla rader</source>
        <translation>All rows</translation>
    </message>
    <message>
        <source>Nya</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Uppdateras</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Oförändrade</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Problem och dubbletter</source>
        <translation>Problems and duplicates</translation>
    </message>
    <message>
        <source>Sök i raderna …</source>
        <translation>Search the rows …</translation>
    </message>
    <message>
        <source>&amp;Visa:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Antas från:</source>
        <translation>&amp;Joins from:</translation>
    </message>
    <message>
        <source>De som antas förväntas bara på seminarier från det datumet. Förslaget är i dag, eller omgångens start om inget seminarium har hållits än.</source>
        <translation>Those enrolled are expected only at seminars from that date. The suggestion is today, or the cohort&apos;s start if no seminar has been held yet.</translation>
    </message>
    <message>
        <source>&amp;Spara överhoppade rader …</source>
        <translation>&amp;Save skipped rows …</translation>
    </message>
    <message>
        <source>Rader som inte importerades</source>
        <translation>Rows that were not imported</translation>
    </message>
    <message>
        <source>Välj deltagarlista</source>
        <translation>Choose participant list</translation>
    </message>
    <message>
        <source>Rubrikerna i filen känns inte igen. Välj själv vilken kolumn som har namnen (och e-post, skola …) – i listan här till vänster, eller genom att klicka på en kolumnrubrik i filen. Rad %1 räknas som rubrikrad.</source>
        <translation>The headings in the file are not recognised. Choose which column holds the names (and e-mail, school …) yourself – in the list on the left, or by clicking a column heading in the file. Row %1 is taken as the heading row.</translation>
    </message>
    <message>
        <source>Kolumnvalen från förra gången används för filer med de här rubrikerna.</source>
        <translation>The column choices from last time are used for files with these headings.</translation>
    </message>
    <message>
        <source>Kolumnerna är valda efter rubrikerna. Ändra ett val om det blev fel; valen sparas till nästa fil med samma rubriker.</source>
        <translation>The columns are chosen by their headings. Change a choice if it is wrong; the choices are saved for the next file with the same headings.</translation>
    </message>
    <message>
        <source>Valen sparas till nästa fil med samma rubriker.</source>
        <translation>Your choices are kept for the next file with the same headings.</translation>
    </message>
    <message>
        <source>%1 nya</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <source>%1 uppdateras</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <source>%1 oförändrade</source>
        <translation>%1 unchanged</translation>
    </message>
    <message>
        <source>%1 med problem eller dubbletter</source>
        <translation>%1 with problems or duplicates</translation>
    </message>
    <message>
        <source>%1 till %2: %3.</source>
        <translation>%1 into %2: %3.</translation>
    </message>
    <message>
        <source>Importera bara de giltiga raderna (%1 hoppas över)</source>
        <translation>Import only the valid rows (%1 are skipped)</translation>
    </message>
    <message>
        <source>%1 har problem. Rätta filen och läs in den igen, eller välj att bara importera de giltiga raderna.</source>
        <translation>%1 have problems. Correct the file and read it again, or choose to import only the valid rows.</translation>
    </message>
    <message>
        <source>Importerar …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Importen är klar: %1.</source>
        <translation>The import is done: %1.</translation>
    </message>
    <message>
        <source>%1 antogs till %2 från %3.</source>
        <translation>%1 were enrolled in %2 from %3.</translation>
    </message>
    <message>
        <source>1 ny arbetsplats lades till.</source>
        <translation>1 new workplace was added.</translation>
    </message>
    <message>
        <source>%1 nya arbetsplatser lades till.</source>
        <translation>%1 new workplaces were added.</translation>
    </message>
    <message>
        <source>1 rad importerades inte; den visas nedan.</source>
        <translation>1 row was not imported; it is shown below.</translation>
    </message>
    <message>
        <source>%1 rader importerades inte; de visas nedan.</source>
        <translation>%1 rows were not imported; they are shown below.</translation>
    </message>
    <message>
        <source>Importen kunde inte göras</source>
        <translation>The import could not be done</translation>
    </message>
    <message>
        <source>Spara överhoppade rader</source>
        <translation>Save skipped rows</translation>
    </message>
    <message>
        <source>Raderna kunde inte sparas</source>
        <translation>The rows could not be saved</translation>
    </message>
    <message>
        <source>De överhoppade raderna är sparade i %1.</source>
        <translation>The skipped rows are saved in %1.</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska &gt;</source>
        <translation>&amp;Preview &gt;</translation>
    </message>
    <message>
        <source>&amp;Importera %1</source>
        <translation>&amp;Import %1</translation>
    </message>
    <message>
        <source>1 rad</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 rader</source>
        <translation>%1 rows</translation>
    </message>
</context>
<context>
    <name>ParticipationMenus</name>
    <message>
        <source>&amp;Deltagare</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <source>Deltagar&amp;register …</source>
        <translation>Participant &amp;register …</translation>
    </message>
    <message>
        <source>&amp;Arbetsplatser …</source>
        <translation>&amp;Workplaces …</translation>
    </message>
    <message>
        <source>Hitta möjliga d&amp;ubbletter …</source>
        <translation>Find possible d&amp;uplicates …</translation>
    </message>
    <message>
        <source>&amp;Lägg till deltagare i omgången …</source>
        <translation>&amp;Add participants to the cohort …</translation>
    </message>
    <message>
        <source>Visa omgångens &amp;deltagare</source>
        <translation>Show the cohort&apos;s &amp;participants</translation>
    </message>
    <message>
        <source>&amp;Grupper …</source>
        <translation>&amp;Groups …</translation>
    </message>
    <message>
        <source>An&amp;tagning …</source>
        <translation>In&amp;take …</translation>
    </message>
    <message>
        <source>&amp;Närvaro</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Visa närvaro&amp;matris</source>
        <translation>Show attendance &amp;matrix</translation>
    </message>
    <message>
        <source>&amp;Signera seminarium …</source>
        <translation>&amp;Sign off seminar …</translation>
    </message>
    <message>
        <source>Anmäl frånvaro i &amp;förväg …</source>
        <translation>Report absence in &amp;advance …</translation>
    </message>
    <message>
        <source>&amp;Krav för godkänt …</source>
        <translation>&amp;Completion requirements …</translation>
    </message>
    <message>
        <source>Mitt &amp;namn vid signering …</source>
        <translation>My &amp;name for sign-off …</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Signera seminarium</source>
        <translation>Sign off seminar</translation>
    </message>
    <message>
        <source>Omgången har inga seminarier.</source>
        <translation>The cohort has no seminars.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)%4</source>
        <translation>%1. %2 (%3)%4</translation>
    </message>
    <message>
        <source> – signerat</source>
        <translation> – signed off</translation>
    </message>
    <message>
        <source>Vilket seminarium vill du ta närvaro för?</source>
        <translation>Which seminar do you want to take attendance for?</translation>
    </message>
</context>
<context>
    <name>PersonDataActions</name>
    <message>
        <source>Register&amp;utdrag …</source>
        <translation>Personal data &amp;extract …</translation>
    </message>
    <message>
        <source>An&amp;onymisera …</source>
        <translation>An&amp;onymise …</translation>
    </message>
    <message>
        <source>Spara registerutdrag</source>
        <translation>Save personal data extract</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx);;JSON (*.json)</source>
        <translation>Excel workbook (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Registerutdraget kunde inte sparas</source>
        <translation>The personal data extract could not be saved</translation>
    </message>
    <message>
        <source>Registerutdrag</source>
        <translation>Personal data extract</translation>
    </message>
    <message>
        <source>Allt som finns lagrat om %1 är sparat i %2.</source>
        <translation>Everything stored about %1 is saved in %2.</translation>
    </message>
    <message>
        <source>Anonymisera</source>
        <translation>Anonymise</translation>
    </message>
    <message>
        <source>%1 anonymiseras: namn, e-post, telefon och alla anteckningar om personen ersätts överallt, även i loggen. Antagningar, närvaro och resultat finns kvar, så omgångarnas siffror ändras inte. Det går inte att ångra.

Databasen säkerhetskopieras först. Äldre säkerhetskopior innehåller personen tills de gallras; återställs en av dem anonymiseras personen igen.</source>
        <translation>%1 is anonymised: name, e-mail, phone and all notes about the person are replaced everywhere, including the log. Enrolments, attendance and results remain, so the cohorts&apos; figures do not change. This cannot be undone.

The database is backed up first. Older backups contain the person until they are pruned; if one of them is restored, the person is anonymised again.</translation>
    </message>
    <message>
        <source>Anonymisera person</source>
        <translation>Anonymise person</translation>
    </message>
    <message>
        <source>Personen kunde inte anonymiseras</source>
        <translation>The person could not be anonymised</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Ny person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Redigera person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>namn@exempel.se</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>t.ex. Förstelärare</source>
        <translation>e.g. Lead teacher</translation>
    </message>
    <message>
        <source>Ny …</source>
        <translation>New …</translation>
    </message>
    <message>
        <source>Lägg till en arbetsplats</source>
        <translation>Add a workplace</translation>
    </message>
    <message>
        <source>Gästföreläsare</source>
        <translation>Guest lecturer</translation>
    </message>
    <message>
        <source>&amp;Förnamn:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Efternamn:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>E-&amp;post:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Befattning:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>&amp;Arbetsplats:</source>
        <translation>&amp;Workplace:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>A&amp;nteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>(ingen)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PersonSearchPanel</name>
    <message>
        <source>Sök namn, e-post, arbetsplats …</source>
        <translation>Search name, e-mail, workplace …</translation>
    </message>
    <message>
        <source>%1 av %2 personer</source>
        <translation>%1 of %2 people</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Efternamn</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Förnamn</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Omgångar</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>Gruppledare</source>
        <translation>Group leader</translation>
    </message>
</context>
<context>
    <name>PipelineTableModel</name>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Läsår</source>
        <translation>School year</translation>
    </message>
    <message>
        <source>Godkända</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>I ledarroll nu</source>
        <translation>In a leadership role now</translation>
    </message>
    <message>
        <source>Någon gång</source>
        <translation>At some point</translation>
    </message>
    <message>
        <source>Andel</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Median till första roll</source>
        <translation>Median to first role</translation>
    </message>
    <message>
        <source>%1 mån</source>
        <translation>%1 months</translation>
    </message>
</context>
<context>
    <name>PipelineWindow</name>
    <message>
        <source>Rekryteringsutfall – %1</source>
        <translation>Recruitment outcome – %1</translation>
    </message>
    <message>
        <source>Godkända deltagare per omgång och hur många av dem som har fått en ledarroll (rektor, förskolechef …) efter programmet. Roller förs in på personens deltagarkort.</source>
        <translation>Completed participants per cohort and how many of them have taken a leadership role (head teacher, preschool head …) after the programme. Roles are entered on the person&apos;s participant card.</translation>
    </message>
    <message>
        <source>Exportera till &amp;Excel …</source>
        <translation>Export to &amp;Excel …</translation>
    </message>
    <message>
        <source>Exportera rekryteringsutfall</source>
        <translation>Export recruitment outcome</translation>
    </message>
    <message>
        <source>Rekryteringsutfall %1</source>
        <translation>Recruitment outcome %1</translation>
    </message>
    <message>
        <source>Excel-arbetsbok (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>PlanPreviewModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Datum förra gången</source>
        <translation>Date last time</translation>
    </message>
</context>
<context>
    <name>PlanningActions</name>
    <message>
        <source>&amp;Ångra</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Gör om</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redigera program …</source>
        <translation>&amp;Edit programme …</translation>
    </message>
    <message>
        <source>&amp;Temaområden …</source>
        <translation>&amp;Theme areas …</translation>
    </message>
    <message>
        <source>Ny &amp;omgång …</source>
        <translation>New co&amp;hort …</translation>
    </message>
    <message>
        <source>Redigera o&amp;mgång …</source>
        <translation>Edit co&amp;hort …</translation>
    </message>
    <message>
        <source>Ta bort omgång …</source>
        <translation>Delete cohort …</translation>
    </message>
    <message>
        <source>&amp;Gästföreläsare …</source>
        <translation>&amp;Guest lecturers …</translation>
    </message>
    <message>
        <source>&amp;Rekryteringsutfall …</source>
        <translation>&amp;Recruitment outcome …</translation>
    </message>
    <message>
        <source>Exportera schema som &amp;kalenderfil (.ics) …</source>
        <translation>Export schedule as &amp;calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Skriv ut &amp;schema (PDF) …</source>
        <translation>Print &amp;schedule (PDF) …</translation>
    </message>
    <message>
        <source>&amp;Nytt seminarium …</source>
        <translation>&amp;New seminar …</translation>
    </message>
    <message>
        <source>&amp;Redigera …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>Redigera seminariet (Enter eller dubbelklick)</source>
        <translation>Edit the seminar (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta n&amp;er</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Exportera seminariet som kalenderfil …</source>
        <translation>Export the seminar as a calendar file …</translation>
    </message>
    <message>
        <source>Kalenderfil (.ics) …</source>
        <translation>Calendar file (.ics) …</translation>
    </message>
    <message>
        <source>Skriv ut (PDF) …</source>
        <translation>Print (PDF) …</translation>
    </message>
    <message>
        <source>Redigera omgång …</source>
        <translation>Edit cohort …</translation>
    </message>
    <message>
        <source>Nytt seminarium …</source>
        <translation>New seminar …</translation>
    </message>
    <message>
        <source>&amp;Redigera</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Planering</source>
        <translation>&amp;Planning</translation>
    </message>
    <message>
        <source>%1 har inga omgångar än.
Lägg upp den första med Planering → Ny omgång … (Ctrl+Shift+O).</source>
        <translation>%1 has no cohorts yet.
Create the first one with Planning → New cohort … (Ctrl+Shift+O).</translation>
    </message>
    <message>
        <source>Välj en omgång i listan till vänster.</source>
        <translation>Choose a cohort in the list on the left.</translation>
    </message>
</context>
<context>
    <name>PlanningCommand</name>
    <message>
        <source>Det gick inte att göra om</source>
        <translation>Could not redo</translation>
    </message>
    <message>
        <source>Det gick inte att ångra</source>
        <translation>Could not undo</translation>
    </message>
</context>
<context>
    <name>PlanningController</name>
    <message>
        <source>%1

Du kan ångra borttagningen med %2 så länge Seminarkoll är öppet.</source>
        <translation>%1

You can undo the deletion with %2 as long as Seminarkoll is open.</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>nytt program ”%1”</source>
        <translation>new programme “%1”</translation>
    </message>
    <message>
        <source>Programmet kunde inte visas</source>
        <translation>The programme could not be shown</translation>
    </message>
    <message>
        <source>ändring av programmet ”%1”</source>
        <translation>change to the programme “%1”</translation>
    </message>
    <message>
        <source>Temaområdena kunde inte visas</source>
        <translation>The theme areas could not be shown</translation>
    </message>
    <message>
        <source>nytt temaområde ”%1”</source>
        <translation>new theme area “%1”</translation>
    </message>
    <message>
        <source>ändring av temaområdet ”%1”</source>
        <translation>change to the theme area “%1”</translation>
    </message>
    <message>
        <source>ny ordning för temaområdena</source>
        <translation>new order of the theme areas</translation>
    </message>
    <message>
        <source>Temaområdena kunde inte flyttas</source>
        <translation>The theme areas could not be moved</translation>
    </message>
    <message>
        <source>Temaområdet kunde inte tas bort</source>
        <translation>The theme area could not be deleted</translation>
    </message>
    <message>
        <source>Temaområdet ”%1” tas bort. Inget seminarium använder det.

Du kan ångra med %2 så länge Seminarkoll är öppet.</source>
        <translation>The theme area “%1” is deleted. No seminar uses it.

You can undo with %2 as long as Seminarkoll is open.</translation>
    </message>
    <message>
        <source>Ta bort temaområde</source>
        <translation>Delete theme area</translation>
    </message>
    <message>
        <source>borttagning av temaområdet ”%1”</source>
        <translation>deletion of the theme area “%1”</translation>
    </message>
    <message>
        <source>Ny omgång</source>
        <translation>New cohort</translation>
    </message>
    <message>
        <source>Lägg först upp ett program (Planering → Nytt program).</source>
        <translation>First create a programme (Planning → New programme).</translation>
    </message>
    <message>
        <source>ny omgång ”%1”</source>
        <translation>new cohort “%1”</translation>
    </message>
    <message>
        <source>Omgången är skapad med %1 seminarier.</source>
        <translation>The cohort is created with %1 seminars.</translation>
    </message>
    <message>
        <source>Omgången kunde inte visas</source>
        <translation>The cohort could not be shown</translation>
    </message>
    <message>
        <source>ändring av omgången ”%1”</source>
        <translation>change to the cohort “%1”</translation>
    </message>
    <message>
        <source>Ta bort omgång</source>
        <translation>Delete cohort</translation>
    </message>
    <message>
        <source>borttagning av %1</source>
        <translation>deletion of %1</translation>
    </message>
    <message>
        <source>Seminariet kunde inte läggas till</source>
        <translation>The seminar could not be added</translation>
    </message>
    <message>
        <source>nytt seminarium ”%1”</source>
        <translation>new seminar “%1”</translation>
    </message>
    <message>
        <source>Seminariet kunde inte visas</source>
        <translation>The seminar could not be shown</translation>
    </message>
    <message>
        <source>ändring av seminariet ”%1”</source>
        <translation>change to the seminar “%1”</translation>
    </message>
    <message>
        <source>Seminariet kunde inte flyttas</source>
        <translation>The seminar could not be moved</translation>
    </message>
    <message>
        <source>flytt av seminarium %1</source>
        <translation>move of seminar %1</translation>
    </message>
    <message>
        <source>Ta bort seminarium</source>
        <translation>Delete seminar</translation>
    </message>
    <message>
        <source>Seminarium %1 är sparat. Observera: %2</source>
        <translation>Seminar %1 is saved. Note: %2</translation>
    </message>
    <message>
        <source>Seminarium %1 är sparat.</source>
        <translation>Seminar %1 is saved.</translation>
    </message>
    <message>
        <source>Rekryteringsutfall</source>
        <translation>Recruitment outcome</translation>
    </message>
    <message>
        <source>ny föreläsare %1</source>
        <translation>new lecturer %1</translation>
    </message>
    <message>
        <source>Föreläsaren kunde inte visas</source>
        <translation>The lecturer could not be shown</translation>
    </message>
    <message>
        <source>ändring av föreläsaren %1</source>
        <translation>change to the lecturer %1</translation>
    </message>
    <message>
        <source>Ta bort föreläsare</source>
        <translation>Delete lecturer</translation>
    </message>
    <message>
        <source>Exportera kalenderfil</source>
        <translation>Export calendar file</translation>
    </message>
    <message>
        <source>Kalenderfil (*.ics)</source>
        <translation>Calendar file (*.ics)</translation>
    </message>
    <message>
        <source>%1 seminarier sparade i %2. Öppna filen i Outlook eller en annan kalender; en ny export uppdaterar samma händelser.</source>
        <translation>%1 seminars saved in %2. Open the file in Outlook or another calendar; a new export updates the same events.</translation>
    </message>
    <message>
        <source>Skriv ut schema</source>
        <translation>Print schedule</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Schemat är sparat som PDF:
%1</source>
        <translation>The schedule is saved as PDF:
%1</translation>
    </message>
    <message>
        <source>Öppna PDF-filen</source>
        <translation>Open the PDF file</translation>
    </message>
    <message>
        <source>Schemat är sparat i %1.</source>
        <translation>The schedule is saved in %1.</translation>
    </message>
</context>
<context>
    <name>PrivacyMenu</name>
    <message>
        <source>&amp;Säkerhetskopior …</source>
        <translation>&amp;Backups …</translation>
    </message>
    <message>
        <source>&amp;Gallring …</source>
        <translation>&amp;Thinning …</translation>
    </message>
    <message>
        <source>&amp;Kontrollera databasen</source>
        <translation>&amp;Check the database</translation>
    </message>
    <message>
        <source>Det är dags att gallra en omgång (Arkiv → Gallring …).</source>
        <translation>It is time to thin one cohort (File → Thinning …).</translation>
    </message>
    <message>
        <source>Det är dags att gallra %1 omgångar (Arkiv → Gallring …).</source>
        <translation>It is time to thin %1 cohorts (File → Thinning …).</translation>
    </message>
    <message>
        <source>Säkerhetskopian kunde inte återställas</source>
        <translation>The backup could not be restored</translation>
    </message>
    <message>
        <source>Säkerhetskopian är återställd; den tidigare databasen sparades som %1.</source>
        <translation>The backup is restored; the previous database was saved as %1.</translation>
    </message>
    <message>
        <source>Kontrollera databasen</source>
        <translation>Check the database</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Nytt program</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Redigera program</source>
        <translation>Edit programme</translation>
    </message>
    <message>
        <source>t.ex. Ledare på lut</source>
        <translation>e.g. Ledare på lut</translation>
    </message>
    <message>
        <source>t.ex. Barn- och utbildningsförvaltningen</source>
        <translation>e.g. Department of Children and Education</translation>
    </message>
    <message>
        <source>Den som samordnar programmet</source>
        <translation>The person who coordinates the programme</translation>
    </message>
    <message>
        <source>Arkiverat (programmet pågår inte längre)</source>
        <translation>Archived (the programme no longer runs)</translation>
    </message>
    <message>
        <source>Arkiverade program visas nedtonade i listan; inget tas bort.</source>
        <translation>Archived programmes are shown dimmed in the list; nothing is deleted.</translation>
    </message>
    <message>
        <source>Gruppträffar räknas in i kraven för godkänt</source>
        <translation>Group meetings count toward completion</translation>
    </message>
    <message>
        <source>Deltagarnas gruppträffar (t.ex. lärgruppens träffar) räknas som tillfällen precis som seminarierna. Alla får ändå missa lika många tillfällen som omgångens krav tillåter för seminarierna.</source>
        <translation>Participants&apos; group meetings (e.g. the learning group&apos;s meetings) count as occasions just like the seminars. Everyone may still miss only as many occasions as the cohort&apos;s requirement allows for the seminars.</translation>
    </message>
    <message>
        <source>Inget krav</source>
        <translation>No requirement</translation>
    </message>
    <message>
        <source> seminarier</source>
        <translation> seminars</translation>
    </message>
    <message>
        <source>För omgångar över flera läsår: minst så många seminarier varje läsår, utöver omgångens krav för hela omgången. 0 betyder inget sådant krav.</source>
        <translation>For cohorts over several school years: at least this many seminars each school year, besides the requirement for the whole cohort. 0 means no such requirement.</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Arrangör:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <source>&amp;Kontaktperson:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Minst per &amp;läsår:</source>
        <translation>At least per school &amp;year:</translation>
    </message>
</context>
<context>
    <name>ProgrammeFollowUpDialog</name>
    <message>
        <source>Uppföljning – %1</source>
        <translation>Follow-up – %1</translation>
    </message>
    <message>
        <source>Omgångar</source>
        <translation>Cohorts</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Spara rapport</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>Som Excel-arbetsbok med diagram …</source>
        <translation>As an Excel workbook with charts …</translation>
    </message>
    <message>
        <source>Som PDF …</source>
        <translation>As PDF …</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Spara jämförelsen</source>
        <translation>Save the comparison</translation>
    </message>
</context>
<context>
    <name>ProgrammeNavigator</name>
    <message>
        <source>%1 (arkiverat)</source>
        <translation>%1 (archived)</translation>
    </message>
    <message>
        <source>%1 · %2 deltagare</source>
        <translation>%1 · %2 participants</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Registerutdrag framtaget {made} ur {database}</source>
        <translation>Register extract made {made} from {database}</translation>
    </message>
    <message>
        <source>(inga uppgifter)</source>
        <translation>(nothing recorded)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nej</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Personuppgifter</source>
        <translation>Personal details</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>förnamn</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>efternamn</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>e-post</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>befattning</source>
        <translation>job title</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>arbetsplats</source>
        <translation>workplace</translation>
    </message>
    <message>
        <source>område</source>
        <translation>area</translation>
    </message>
    <message>
        <source>gästföreläsare</source>
        <translation>guest lecturer</translation>
    </message>
    <message>
        <source>anteckningar</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>registrerad</source>
        <translation>recorded</translation>
    </message>
    <message>
        <source>senast ändrad</source>
        <translation>last changed</translation>
    </message>
    <message>
        <source>Antagningar</source>
        <translation>Enrolments</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>omgång</source>
        <translation>cohort</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>anmäld</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>avbrott</source>
        <translation>withdrawal</translation>
    </message>
    <message>
        <source>intervju</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>intervjuns utfall</source>
        <translation>interview outcome</translation>
    </message>
    <message>
        <source>Grupper</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>grupp</source>
        <translation>group</translation>
    </message>
    <message>
        <source>roll</source>
        <translation>role</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>seminarium</source>
        <translation>seminar</translation>
    </message>
    <message>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <source>markering</source>
        <translation>mark</translation>
    </message>
    <message>
        <source>anteckning</source>
        <translation>note</translation>
    </message>
    <message>
        <source>av</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Gruppträffar</source>
        <translation>Group meetings</translation>
    </message>
    <message>
        <source>plats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>Kompletteringsuppgifter</source>
        <translation>Make-up tasks</translation>
    </message>
    <message>
        <source>uppgift</source>
        <translation>task</translation>
    </message>
    <message>
        <source>godkänd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>registrerad av</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>Föreläsaruppdrag</source>
        <translation>Lecturing assignments</translation>
    </message>
    <message>
        <source>ämne</source>
        <translation>topic</translation>
    </message>
    <message>
        <source>Antagningssteg</source>
        <translation>Intake steps</translation>
    </message>
    <message>
        <source>registrerat av</source>
        <translation>recorded by</translation>
    </message>
    <message>
        <source>Senare roller</source>
        <translation>Later roles</translation>
    </message>
    <message>
        <source>från</source>
        <translation>from</translation>
    </message>
    <message>
        <source>till</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Ändringslogg</source>
        <translation>Change log</translation>
    </message>
    <message>
        <source>tid</source>
        <translation>time</translation>
    </message>
    <message>
        <source>anteckning före</source>
        <translation>note before</translation>
    </message>
    <message>
        <source>anteckning efter</source>
        <translation>note after</translation>
    </message>
    <message>
        <source>motivering</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>källa</source>
        <translation>source</translation>
    </message>
</context>
<context>
    <name>RegisterWindow</name>
    <message>
        <source>Deltagarregister – Seminarkoll</source>
        <translation>Participant register – Seminarkoll</translation>
    </message>
    <message>
        <source>Sök namn, e-post, arbetsplats, befattning …</source>
        <translation>Search name, e-mail, workplace, job title …</translation>
    </message>
    <message>
        <source>Deltagarregister</source>
        <translation>Participant register</translation>
    </message>
    <message>
        <source>Arbetsplats:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <source>Roll:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Omgång:</source>
        <translation>Cohort:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Ny person …</source>
        <translation>&amp;New person …</translation>
    </message>
    <message>
        <source>&amp;Redigera …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Anta till omgång …</source>
        <translation>&amp;Enrol in cohort …</translation>
    </message>
    <message>
        <source>&amp;Slå ihop dubbletter …</source>
        <translation>&amp;Merge duplicates …</translation>
    </message>
    <message>
        <source>Hitta möjliga d&amp;ubbletter …</source>
        <translation>Find possible d&amp;uplicates …</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Arbets&amp;platser …</source>
        <translation>Work&amp;places …</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>&amp;Uppdatera</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Alla</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Deltagare</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Gruppledare</source>
        <translation>Group leaders</translation>
    </message>
    <message>
        <source>Registret kunde inte visas</source>
        <translation>The register could not be shown</translation>
    </message>
    <message>
        <source>Registret är tomt – importera en deltagarlista (Arkiv › Importera deltagare) eller lägg till en person med Ny person (Ctrl+N).</source>
        <translation>The register is empty – import a participant list (File › Import participants) or add a person with New person (Ctrl+N).</translation>
    </message>
    <message>
        <source>Ingen person matchar sökningen och urvalet.</source>
        <translation>No person matches the search and the selection.</translation>
    </message>
    <message>
        <source>%1 personer</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>%1 av %2 personer</source>
        <translation>%1 of %2 people</translation>
    </message>
    <message>
        <source>%1 valda</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <source>Välj en person för att se deltagarkortet.</source>
        <translation>Choose a person to see the participant card.</translation>
    </message>
    <message>
        <source>%1 personer valda.</source>
        <translation>%1 people selected.</translation>
    </message>
    <message>
        <source>%1 har deltagit i, föreläst vid eller lett en omgång och kan därför inte tas bort helt, men kan anonymiseras.</source>
        <translation>%1 has taken part in, lectured at or led a cohort and therefore cannot be deleted completely, but can be anonymised.</translation>
    </message>
    <message>
        <source>%1 tas bort ur registret.</source>
        <translation>%1 is removed from the register.</translation>
    </message>
    <message>
        <source>%1 antagningar</source>
        <translation>%1 enrolments</translation>
    </message>
    <message>
        <source>1 antagning</source>
        <translation>1 enrolment</translation>
    </message>
    <message>
        <source>%1 närvaromarkeringar</source>
        <translation>%1 attendance marks</translation>
    </message>
    <message>
        <source>1 närvaromarkering</source>
        <translation>1 attendance mark</translation>
    </message>
    <message>
        <source>%1 föreläsaruppdrag</source>
        <translation>%1 lecturing assignments</translation>
    </message>
    <message>
        <source>1 föreläsaruppdrag</source>
        <translation>1 lecturing assignment</translation>
    </message>
    <message>
        <source> och </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Med personen försvinner %1.</source>
        <translation>Along with the person, %1 disappear.</translation>
    </message>
    <message>
        <source>1 grupp blir utan ledare.</source>
        <translation>1 group is left without a leader.</translation>
    </message>
    <message>
        <source>%1 grupper blir utan ledare.</source>
        <translation>%1 groups are left without a leader.</translation>
    </message>
    <message>
        <source>Du kan ångra borttagningen med %1 så länge Seminarkoll är öppet.</source>
        <translation>You can undo the deletion with %1 as long as Seminarkoll is open.</translation>
    </message>
    <message>
        <source>Ta bort person</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Personen kunde inte tas bort</source>
        <translation>The person could not be deleted</translation>
    </message>
    <message>
        <source>borttagning av %1</source>
        <translation>deletion of %1</translation>
    </message>
    <message>
        <source>sammanslagning av %1</source>
        <translation>merge of %1</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Ny roll</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Ändra roll</source>
        <translation>Edit role</translation>
    </message>
    <message>
        <source>Pågår</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>RoleField</name>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>RoleImport</name>
    <message>
        <source>Ny roll</source>
        <translation>New role</translation>
    </message>
    <message>
        <source>Finns redan</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
</context>
<context>
    <name>RoleImportDialog</name>
    <message>
        <source>Importera roller från HR</source>
        <translation>Import roles from HR</translation>
    </message>
    <message>
        <source>Listan från HR behöver en rad per roll med e-post, roll (t.ex. Rektor) och datum då rollen började; arbetsplats får finnas. Personerna hittas på e-post.</source>
        <translation>The list from HR needs one row per role with e-mail, role (e.g. Rektor) and the date the role began; a workplace may be given. People are found by e-mail.</translation>
    </message>
    <message>
        <source>Fil:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Välj lista från HR</source>
        <translation>Choose a list from HR</translation>
    </message>
    <message>
        <source>Rubrikerna i filen känns inte igen. Välj själv vilka kolumner som har e-post, roll och datum – i listan här till vänster, eller genom att klicka på en kolumnrubrik i filen. Rad %1 räknas som rubrikrad.</source>
        <translation>The headings in the file are not recognised. Choose which columns hold e-mail, role and date yourself – in the list on the left, or by clicking a column heading in the file. Row %1 is taken as the heading row.</translation>
    </message>
    <message>
        <source>%1: %2 nya roller, %3 finns redan, %4 rader med problem.</source>
        <translation>%1: %2 new roles, %3 already recorded, %4 rows with problems.</translation>
    </message>
    <message>
        <source>Rad %1, %2: %3</source>
        <translation>Row %1, %2: %3</translation>
    </message>
    <message>
        <source>Rader med problem måste rättas i filen innan något importeras:</source>
        <translation>Rows with problems must be corrected in the file before anything is imported:</translation>
    </message>
    <message>
        <source>Importerar …</source>
        <translation>Importing …</translation>
    </message>
    <message>
        <source>Importen är klar: %1.</source>
        <translation>The import is done: %1.</translation>
    </message>
    <message>
        <source>Nya arbetsplatser: %1.</source>
        <translation>New workplaces: %1.</translation>
    </message>
    <message>
        <source>&amp;Förhandsgranska &gt;</source>
        <translation>&amp;Preview &gt;</translation>
    </message>
    <message>
        <source>&amp;Importera %1 roller</source>
        <translation>&amp;Import %1 roles</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Roll</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Från</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>pågår</source>
        <translation>ongoing</translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Senare roller – %1</source>
        <translation>Later roles – %1</translation>
    </message>
    <message>
        <source>Roller personen fått efter programmet, t.ex. rektor eller förskolechef. De räknas i programmets rekryteringsutfall.</source>
        <translation>Roles the person has taken after the programme, e.g. head teacher or preschool head. They count in the programme&apos;s recruitment outcome.</translation>
    </message>
    <message>
        <source>&amp;Lägg till …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <source>Ä&amp;ndra …</source>
        <translation>E&amp;dit …</translation>
    </message>
    <message>
        <source>&amp;Ta bort</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Ta bort roll</source>
        <translation>Remove role</translation>
    </message>
    <message>
        <source>Ta bort rollen %1 från %2?</source>
        <translation>Remove the role %1 from %2?</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Befattning</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Avbrott</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Intyg utfärdat</source>
        <translation>Certificate issued</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Inga deltagare än – importera en lista (Arkiv › Importera deltagare, Ctrl+I) eller lägg till personer från registret.</source>
        <translation>No participants yet – import a list (File › Import participants, Ctrl+I) or add people from the register.</translation>
    </message>
    <message>
        <source>Ingen deltagare matchar sökningen eller gruppvalet.</source>
        <translation>No participant matches the search or the group chosen.</translation>
    </message>
    <message>
        <source>Sök i omgången …</source>
        <translation>Search the cohort …</translation>
    </message>
    <message>
        <source>Lägg till från registret …</source>
        <translation>Add from the register …</translation>
    </message>
    <message>
        <source>Ändra antagning …</source>
        <translation>Change enrolment …</translation>
    </message>
    <message>
        <source>Sätt status</source>
        <translation>Set status</translation>
    </message>
    <message>
        <source>Grupper …</source>
        <translation>Groups …</translation>
    </message>
    <message>
        <source>Ta bort ur omgången …</source>
        <translation>Remove from the cohort …</translation>
    </message>
    <message>
        <source>Visa deltagarkort</source>
        <translation>Show participant card</translation>
    </message>
    <message>
        <source>Grupp:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Deltagarna kunde inte visas</source>
        <translation>The participants could not be shown</translation>
    </message>
    <message>
        <source>Alla grupper</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>%1 i omgången</source>
        <translation>%1 in the cohort</translation>
    </message>
    <message>
        <source>%1 grupper</source>
        <translation>%1 groups</translation>
    </message>
    <message>
        <source>Statusen kunde inte ändras</source>
        <translation>The status could not be changed</translation>
    </message>
    <message>
        <source>%1 tas bort ur omgången tillsammans med %2. Personerna finns kvar i registret. Vill du hellre markera att de avbrutit, välj Sätt status → Avbrutit så finns historiken kvar.</source>
        <translation>%1 are removed from the cohort together with %2. The people stay in the register. If you would rather record that they left, choose Set status → Withdrawn and the history is kept.</translation>
    </message>
    <message>
        <source>1 närvaromarkering</source>
        <translation>1 attendance mark</translation>
    </message>
    <message>
        <source>%1 närvaromarkeringar</source>
        <translation>%1 attendance marks</translation>
    </message>
    <message>
        <source>Ta bort ur omgången</source>
        <translation>Remove from the cohort</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Deltagarna kunde inte tas bort</source>
        <translation>The participants could not be removed</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Krav för godkänt</source>
        <translation>Completion requirements</translation>
    </message>
    <message>
        <source> av %1 seminarier</source>
        <translation> of %1 seminars</translation>
    </message>
    <message>
        <source>&amp;Minst:</source>
        <translation>&amp;At least:</translation>
    </message>
    <message>
        <source>Sen ankomst räknas som närvaro</source>
        <translation>Late arrival counts as attendance</translation>
    </message>
    <message>
        <source>Anmäld frånvaro räknas som närvaro</source>
        <translation>Excused absence counts as attendance</translation>
    </message>
    <message>
        <source>Minst ett seminarium inom varje temaområde</source>
        <translation>At least one seminar within each theme area</translation>
    </message>
    <message>
        <source>Missat seminarium kan ersättas med kompletteringsuppgift</source>
        <translation>A missed seminar can be replaced by a make-up task</translation>
    </message>
    <message>
        <source>Den som börjar senare eller avbryter behöver färre seminarier: alla får missa lika många.</source>
        <translation>Those who start later or leave need fewer seminars: everyone may miss the same number.</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Term</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tid</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>%1 av %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>SeminarChooser</name>
    <message>
        <source>Närvarolista för seminarium</source>
        <translation>Sign-in sheet for seminar</translation>
    </message>
    <message>
        <source>&amp;Seminarium:</source>
        <translation>&amp;Seminar:</translation>
    </message>
    <message>
        <source>Hela omgången</source>
        <translation>Whole cohort</translation>
    </message>
    <message>
        <source>%1 (%2 deltagare)</source>
        <translation>%1 (%2 participants)</translation>
    </message>
    <message>
        <source>&amp;Grupp:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Listan tar med alla som väntas vid seminariet, i gruppen om du valt en.</source>
        <translation>The sheet includes everyone expected at the seminar, in the group if you chose one.</translation>
    </message>
</context>
<context>
    <name>SeminarDialog</name>
    <message>
        <source>Nytt seminarium</source>
        <translation>New seminar</translation>
    </message>
    <message>
        <source>Seminarium %1</source>
        <translation>Seminar %1</translation>
    </message>
    <message>
        <source>%1 – %2 (läsår %3)</source>
        <translation>%1 – %2 (school year %3)</translation>
    </message>
    <message>
        <source>t.ex. Skolans ekonomi och styrning</source>
        <translation>e.g. The school&apos;s finances and governance</translation>
    </message>
    <message>
        <source>(inget temaområde)</source>
        <translation>(no theme area)</translation>
    </message>
    <message>
        <source>Från &amp;registret …</source>
        <translation>From the &amp;register …</translation>
    </message>
    <message>
        <source>N&amp;y föreläsare …</source>
        <translation>Ne&amp;w lecturer …</translation>
    </message>
    <message>
        <source>Ta &amp;bort</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Upplägg: föreläsning, samtal i grupper …</source>
        <translation>Format: lecture, group discussions …</translation>
    </message>
    <message>
        <source>Egna anteckningar: lokalbokning, fika, material …</source>
        <translation>Your own notes: room booking, coffee, materials …</translation>
    </message>
    <message>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;id:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>&amp;Plats:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>T&amp;emaområde:</source>
        <translation>Th&amp;eme area:</translation>
    </message>
    <message>
        <source>Föreläsare:</source>
        <translation>Lecturers:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>&amp;Anteckningar:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>%1, vecka %2</source>
        <translation>%1, week %2</translation>
    </message>
    <message>
        <source>Omgången har redan ett seminarium den dagen.</source>
        <translation>The cohort already has a seminar on that day.</translation>
    </message>
</context>
<context>
    <name>SeminarFields</name>
    <message>
        <source>t.ex. Stadshuset, Gula rummet</source>
        <translation>e.g. City Hall, Yellow Room</translation>
    </message>
</context>
<context>
    <name>SeminarLecturersModel</name>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <source>Titel, organisation</source>
        <translation>Title, organisation</translation>
    </message>
    <message>
        <source>Ämne</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>%1 (ny)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>Dubbelklicka eller tryck F2 för att skriva ämnet.</source>
        <translation>Double-click or press F2 to type the topic.</translation>
    </message>
    <message>
        <source>Läggs till i föreläsarregistret när seminariet sparas.</source>
        <translation>Added to the lecturer register when the seminar is saved.</translation>
    </message>
</context>
<context>
    <name>SeminarPanel</name>
    <message>
        <source>Seminarium %1 · %2 (vecka %3) · %4</source>
        <translation>Seminar %1 · %2 (week %3) · %4</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Föreläsare</source>
        <translation>Lecturers</translation>
    </message>
    <message>
        <source>Plats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Anslut till gemensam databas</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <source>Flera samordnare kan arbeta i samma databas på en PostgreSQL-server. Uppgifterna får du av den som sköter servern. Lösenordet sparas i datorns nyckelring, inte i Seminarkolls inställningar.</source>
        <translation>Several coordinators can work in the same database on a PostgreSQL server. Whoever runs the server gives you these details. The password is kept in the computer&apos;s keyring, not in Seminarkoll&apos;s settings.</translation>
    </message>
    <message>
        <source>t.ex. db.kommun.se</source>
        <translation>e.g. db.municipality.org</translation>
    </message>
    <message>
        <source>t.ex. seminarkoll</source>
        <translation>e.g. seminarkoll</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Databas:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Användare:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Lösenord:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>A&amp;nslut</source>
        <translation>Co&amp;nnect</translation>
    </message>
    <message>
        <source>Använd lokal databas&amp;fil</source>
        <translation>Use local database &amp;file</translation>
    </message>
    <message>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sluta använda servern och öppna databasfilen på den här datorn.</source>
        <translation>Stop using the server and open the database file on this computer.</translation>
    </message>
    <message>
        <source>Ansluter till %1 …</source>
        <translation>Connecting to %1 …</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>Lösenordet kunde inte sparas i datorns nyckelring (%1). Du får ange det igen nästa gång Seminarkoll startar.</source>
        <translation>The password could not be saved in the computer&apos;s keyring (%1). You will have to enter it again the next time Seminarkoll starts.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Inställningar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Inställningarna kunde inte sparas</source>
        <translation>The settings could not be saved</translation>
    </message>
</context>
<context>
    <name>SignOffModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Arbetsplats</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <source>Grupp</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Närvaro</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Anteckning</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> (besökare)</source>
        <translation> (visitor)</translation>
    </message>
    <message>
        <source>–  ej markerad</source>
        <translation>–  not marked</translation>
    </message>
</context>
<context>
    <name>SignOffWindow</name>
    <message>
        <source>Skriv ett namn för att hitta – Enter markerar närvarande, ↓ går till listan</source>
        <translation>Type a name to find someone – Enter marks present, ↓ goes to the list</translation>
    </message>
    <message>
        <source>I listan: N/1 närvarande · S/2 sen · F/3 anmäld frånvaro · A/4 frånvarande · mellanslag växlar · Delete tar bort · klick i Närvaro-kolumnen växlar · F11 helskärm</source>
        <translation>In the list: N/1 present · S/2 late · F/3 excused absence · A/4 absent · space toggles · Delete removes · a click in the Attendance column toggles · F11 full screen</translation>
    </message>
    <message>
        <source>Lägg till &amp;besökare …</source>
        <translation>Add &amp;visitor …</translation>
    </message>
    <message>
        <source>Sätt &amp;återstående till frånvarande</source>
        <translation>Mark the &amp;remaining as absent</translation>
    </message>
    <message>
        <source>&amp;Signera</source>
        <translation>&amp;Sign off</translation>
    </message>
    <message>
        <source>&amp;Lås upp …</source>
        <translation>&amp;Unlock …</translation>
    </message>
    <message>
        <source>Helskärm</source>
        <translation>Full screen</translation>
    </message>
    <message>
        <source>Stäng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sök</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Signera</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>Seminariet kunde inte visas</source>
        <translation>The seminar could not be shown</translation>
    </message>
    <message>
        <source>Signering – seminarium %1 – %2</source>
        <translation>Sign-off – seminar %1 – %2</translation>
    </message>
    <message>
        <source>Seminarium %1 · %2</source>
        <translation>Seminar %1 · %2</translation>
    </message>
    <message>
        <source>Signerad av %1, %2. Lås upp med ett skäl för att ändra.</source>
        <translation>Signed off by %1, %2. Unlock with a reason to make changes.</translation>
    </message>
    <message>
        <source>Inte signerad.</source>
        <translation>Not signed off.</translation>
    </message>
    <message>
        <source>%1 av %2 närvarande</source>
        <translation>%1 of %2 present</translation>
    </message>
    <message>
        <source>varav %1 sena</source>
        <translation>%1 of them late</translation>
    </message>
    <message>
        <source>%1 anmäld frånvaro</source>
        <translation>%1 excused absence</translation>
    </message>
    <message>
        <source>%1 frånvarande</source>
        <translation>%1 absent</translation>
    </message>
    <message>
        <source>%1 ej markerade</source>
        <translation>%1 not marked</translation>
    </message>
    <message>
        <source>%1 besökare (räknas inte som deltagare)</source>
        <translation>%1 visitors (not counted as participants)</translation>
    </message>
    <message>
        <source>Seminariet är signerat. Lås upp det med ett skäl för att ändra.</source>
        <translation>The seminar is signed off. Unlock it with a reason to make changes.</translation>
    </message>
    <message>
        <source>Närvaron kunde inte sparas</source>
        <translation>The attendance could not be saved</translation>
    </message>
    <message>
        <source>%1 behåller markeringen som någon annan gjorde.</source>
        <translation>%1 keeps the mark someone else made.</translation>
    </message>
    <message>
        <source>ingen markering</source>
        <translation>no mark</translation>
    </message>
    <message>
        <source>markering ”%1”</source>
        <translation>mark “%1”</translation>
    </message>
    <message>
        <source>%1 markerad som närvarande.</source>
        <translation>%1 marked as present.</translation>
    </message>
    <message>
        <source>Besökaren kunde inte läggas till</source>
        <translation>The visitor could not be added</translation>
    </message>
    <message>
        <source>%1 är antagen till omgången och markerad som närvarande.</source>
        <translation>%1 is enrolled in the cohort and marked as present.</translation>
    </message>
    <message>
        <source>%1 är registrerad som besökare vid seminariet.</source>
        <translation>%1 is recorded as a visitor at the seminar.</translation>
    </message>
    <message>
        <source>Sätt återstående till frånvarande</source>
        <translation>Mark the remaining as absent</translation>
    </message>
    <message>
        <source>%1 deltagare utan markering sätts till frånvarande. Markeringar som redan är gjorda ändras inte.</source>
        <translation>%1 participants without a mark are set to absent. Marks already made are not changed.</translation>
    </message>
    <message>
        <source>Sätt till frånvarande</source>
        <translation>Set to absent</translation>
    </message>
    <message>
        <source>återstående satta till frånvarande</source>
        <translation>remaining set to absent</translation>
    </message>
    <message>
        <source>%1 markerades som frånvarande.</source>
        <translation>%1 were marked as absent.</translation>
    </message>
    <message>
        <source>%1 hade just markerats av någon annan och behåller den markeringen.</source>
        <translation>%1 had just been marked by someone else and keep that mark.</translation>
    </message>
    <message>
        <source>%1 deltagare saknar markering. Vill du sätta dem till frånvarande innan du signerar?</source>
        <translation>%1 participants have no mark. Do you want to set them to absent before you sign off?</translation>
    </message>
    <message>
        <source>Sätt till frånvarande och signera</source>
        <translation>Set to absent and sign off</translation>
    </message>
    <message>
        <source>Signera ändå</source>
        <translation>Sign off anyway</translation>
    </message>
    <message>
        <source>Seminariet kunde inte signeras</source>
        <translation>The seminar could not be signed off</translation>
    </message>
    <message>
        <source>Signerat av %1, %2.</source>
        <translation>Signed off by %1, %2.</translation>
    </message>
    <message>
        <source>Upplåst. Ändringarna sparas med skälet i historiken.</source>
        <translation>Unlocked. The changes are saved with the reason in the history.</translation>
    </message>
    <message>
        <source>Lämna helskärm</source>
        <translation>Leave full screen</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Ändrat av någon annan</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Läs in på nytt visar listan som den nu är sparad; ingenting ändras. Skriv över gör det du valde ändå, över den andra ändringen.</source>
        <translation>Reload shows the list as it is saved now; nothing changes. Overwrite does what you chose anyway, over the other change.</translation>
    </message>
    <message>
        <source>Läs in på nytt visar det som nu är sparat; det du har ändrat här försvinner. Skriv över sparar det du har ändrat i stället för den andra ändringen.</source>
        <translation>Reload shows what is saved now; what you changed here is dropped. Overwrite saves what you changed instead of the other change.</translation>
    </message>
    <message>
        <source>&amp;Läs in på nytt</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>&amp;Skriv över</source>
        <translation>&amp;Overwrite</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>HT %1</source>
        <translation>Autumn %1</translation>
    </message>
    <message>
        <source>VT %1</source>
        <translation>Spring %1</translation>
    </message>
</context>
<context>
    <name>ThemeEditorDialog</name>
    <message>
        <source>Temaområden – %1</source>
        <translation>Theme areas – %1</translation>
    </message>
    <message>
        <source>&amp;Nytt temaområde</source>
        <translation>&amp;New theme area</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Flytta &amp;upp</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Flytta &amp;ner</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Ctrl+Upp, eller dra raden med musen</source>
        <translation>Ctrl+Up, or drag the row with the mouse</translation>
    </message>
    <message>
        <source>Ctrl+Ner, eller dra raden med musen</source>
        <translation>Ctrl+Down, or drag the row with the mouse</translation>
    </message>
    <message>
        <source>Vad temaområdet handlar om</source>
        <translation>What the theme area is about</translation>
    </message>
    <message>
        <source>&amp;Spara</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Na&amp;mn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Färg:</source>
        <translation>&amp;Colour:</translation>
    </message>
    <message>
        <source>&amp;Beskrivning:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Ändringarna sparas direkt. Ångra med Ctrl+Z.</source>
        <translation>Changes are saved at once. Undo with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Används av %1.</source>
        <translation>Used by %1.</translation>
    </message>
    <message>
        <source>Används inte av något seminarium än.</source>
        <translation>Not used by any seminar yet.</translation>
    </message>
    <message>
        <source>&amp;Spara ändringarna</source>
        <translation>&amp;Save the changes</translation>
    </message>
    <message>
        <source>Nytt temaområde – läggs sist i listan.</source>
        <translation>New theme area – added at the end of the list.</translation>
    </message>
    <message>
        <source>&amp;Lägg till</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Färg för temaområdet</source>
        <translation>Colour of the theme area</translation>
    </message>
    <message>
        <source>Välj automatiskt</source>
        <translation>Choose automatically</translation>
    </message>
</context>
<context>
    <name>ThemeRemovalDialog</name>
    <message>
        <source>Ta bort temaområde</source>
        <translation>Delete theme area</translation>
    </message>
    <message>
        <source>Temaområdet ”%1” används av %2 (%3). Vad ska hända med dem?</source>
        <translation>The theme area “%1” is used by %2 (%3). What should happen to them?</translation>
    </message>
    <message>
        <source>%1 seminarium</source>
        <translation>%1 seminar</translation>
    </message>
    <message>
        <source>%1 seminarier</source>
        <translation>%1 seminars</translation>
    </message>
    <message>
        <source>&amp;Flytta dem till:</source>
        <translation>&amp;Move them to:</translation>
    </message>
    <message>
        <source>&amp;Låt dem vara utan temaområde</source>
        <translation>&amp;Leave them without a theme area</translation>
    </message>
    <message>
        <source>Ta bort temaområdet</source>
        <translation>Delete the theme area</translation>
    </message>
</context>
<context>
    <name>ThemeTableModel</name>
    <message>
        <source>Temaområde</source>
        <translation>Theme area</translation>
    </message>
    <message>
        <source>Används</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Beskrivning</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 i %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 seminarium</source>
        <translation>%1 seminar</translation>
    </message>
    <message>
        <source>%1 seminarier</source>
        <translation>%1 seminars</translation>
    </message>
    <message>
        <source>%1 omgång</source>
        <translation>%1 cohort</translation>
    </message>
    <message>
        <source>%1 omgångar</source>
        <translation>%1 cohorts</translation>
    </message>
</context>
<context>
    <name>ThinningDialog</name>
    <message>
        <source>Gallring</source>
        <translation>Thinning</translation>
    </message>
    <message>
        <source>För omgångar som slutade före datumet tas närvaro per seminarium, anteckningar, kompletteringsuppgifternas detaljer och ändringsloggen bort, liksom e-post och telefon för personer som inte har något senare på gång. Planeringen och varje deltagares resultat finns kvar.</source>
        <translation>For cohorts that ended before the date, attendance per seminar, notes, the details of make-up tasks and the change log are removed, as are e-mail and phone for people with nothing later coming up. The planning and each participant&apos;s result remain.</translation>
    </message>
    <message>
        <source>Gallra omgångar som slutade före</source>
        <translation>Thin cohorts that ended before</translation>
    </message>
    <message>
        <source>ingen påminnelse</source>
        <translation>no reminder</translation>
    </message>
    <message>
        <source> år</source>
        <translation> years</translation>
    </message>
    <message>
        <source>Spara</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Påminn om gallring efter</source>
        <translation>Remind about thinning after</translation>
    </message>
    <message>
        <source>&amp;Gallra …</source>
        <translation>&amp;Thin …</translation>
    </message>
    <message>
        <source>Det finns inget att gallra före det datumet.</source>
        <translation>There is nothing to thin before that date.</translation>
    </message>
    <message>
        <source>E-post och telefon tas bort för %1 personer utan senare aktivitet.</source>
        <translation>E-mail and phone are removed for %1 people without later activity.</translation>
    </message>
    <message>
        <source>%1 omgångar gallras: %2 närvaromarkeringar tas bort. Resultatet för varje deltagare finns kvar. Databasen säkerhetskopieras först; äldre säkerhetskopior gallras igen om de återställs. Gallringen kan inte ångras.</source>
        <translation>%1 cohorts are thinned: %2 attendance marks are removed. Each participant&apos;s result remains. The database is backed up first; older backups are thinned again if they are restored. The thinning cannot be undone.</translation>
    </message>
    <message>
        <source>Gallra</source>
        <translation>Thin</translation>
    </message>
    <message>
        <source>Gallringen kunde inte göras</source>
        <translation>The thinning could not be done</translation>
    </message>
    <message>
        <source>Gallringen är klar.</source>
        <translation>The thinning is done.</translation>
    </message>
</context>
<context>
    <name>ThinningTableModel</name>
    <message>
        <source>Omgång</source>
        <translation>Cohort</translation>
    </message>
    <message>
        <source>Slutade</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Deltagare (resultat sparas)</source>
        <translation>Participants (results kept)</translation>
    </message>
    <message>
        <source>Närvaromarkeringar</source>
        <translation>Attendance marks</translation>
    </message>
    <message>
        <source>Anteckningar</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kompletteringar</source>
        <translation>Make-ups</translation>
    </message>
    <message>
        <source>Loggrader</source>
        <translation>Log rows</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Ångra</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Gör om</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Lås upp signerad närvaro</source>
        <translation>Unlock signed-off attendance</translation>
    </message>
    <message>
        <source>Skriv varför närvaron behöver ändras. Skälet sparas med vem som låste upp och när.</source>
        <translation>Say why the attendance needs to change. The reason is kept with who unlocked it and when.</translation>
    </message>
    <message>
        <source>Seminarium %1 (%2) signerades av %3.</source>
        <translation>Seminar %1 (%2) was signed off by %3.</translation>
    </message>
    <message>
        <source>okänd</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>t.ex. Kom efter pausen och saknades på listan</source>
        <translation>e.g. Arrived after the break and was missing from the sheet</translation>
    </message>
    <message>
        <source>&amp;Skäl:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Lås &amp;upp</source>
        <translation>&amp;Unlock</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Lägg till besökare</source>
        <translation>Add visitor</translation>
    </message>
    <message>
        <source>Sök personen i registret, eller lägg till en ny person. Hen markeras som närvarande vid seminarium %1.</source>
        <translation>Search for the person in the register, or add a new person. They are marked as present at seminar %1.</translation>
    </message>
    <message>
        <source>Ny &amp;person …</source>
        <translation>New &amp;person …</translation>
    </message>
    <message>
        <source>&amp;Anta till %1 från och med detta seminarium</source>
        <translation>&amp;Enrol in %1 from this seminar on</translation>
    </message>
    <message>
        <source>&amp;Bara besök vid detta seminarium (räknas inte som deltagare)</source>
        <translation>&amp;Only visiting this seminar (does not count as a participant)</translation>
    </message>
    <message>
        <source>&amp;Lägg till som närvarande</source>
        <translation>&amp;Add as present</translation>
    </message>
    <message>
        <source>Välj en person i listan.</source>
        <translation>Choose a person in the list.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Välkommen till Seminarkoll</source>
        <translation>Welcome to Seminarkoll</translation>
    </message>
    <message>
        <source>Här planerar du seminarieserier, håller ordning på deltagare och närvaro och ser vilka som fullföljer programmet.

Börja med att lägga upp ett program, eller titta på ett av exemplen nedan.</source>
        <translation>Here you plan seminar series, keep track of participants and attendance, and see who completes the programme.

Start by creating a programme, or look at one of the examples below.</translation>
    </message>
    <message>
        <source>Läs in exemplet i den här databasen</source>
        <translation>Load the example into this database</translation>
    </message>
    <message>
        <source>Exempelprogram:</source>
        <translation>Example programmes:</translation>
    </message>
    <message>
        <source>Nytt program</source>
        <translation>New programme</translation>
    </message>
</context>
<context>
    <name>WorkplaceDialog</name>
    <message>
        <source>Ny arbetsplats</source>
        <translation>New workplace</translation>
    </message>
    <message>
        <source>Redigera arbetsplats</source>
        <translation>Edit workplace</translation>
    </message>
    <message>
        <source>t.ex. Sylteskolan</source>
        <translation>e.g. Sylteskolan</translation>
    </message>
    <message>
        <source>t.ex. Öst</source>
        <translation>e.g. East</translation>
    </message>
    <message>
        <source>&amp;Namn:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Typ:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Område:</source>
        <translation>&amp;Area:</translation>
    </message>
</context>
<context>
    <name>WorkplaceTableModel</name>
    <message>
        <source>Namn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Typ</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Område</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>People</translation>
    </message>
</context>
<context>
    <name>Workplaces</name>
    <message>
        <source>Förskola</source>
        <translation>Preschool</translation>
    </message>
    <message>
        <source>Grundskola</source>
        <translation>Compulsory school</translation>
    </message>
    <message>
        <source>Gymnasieskola</source>
        <translation>Upper secondary school</translation>
    </message>
    <message>
        <source>Förvaltning</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Annat</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>WorkplacesDialog</name>
    <message>
        <source>Arbetsplatser</source>
        <translation>Workplaces</translation>
    </message>
    <message>
        <source>Filtrera …</source>
        <translation>Filter …</translation>
    </message>
    <message>
        <source>&amp;Ny …</source>
        <translation>&amp;New …</translation>
    </message>
    <message>
        <source>&amp;Redigera …</source>
        <translation>&amp;Edit …</translation>
    </message>
    <message>
        <source>&amp;Ta bort …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <source>Arbetsplatsen ”%1” tas bort.</source>
        <translation>The workplace “%1” is deleted.</translation>
    </message>
    <message>
        <source>%1 personer finns kvar i registret men utan arbetsplats.</source>
        <translation>%1 people stay in the register but without a workplace.</translation>
    </message>
    <message>
        <source>Ta bort arbetsplats</source>
        <translation>Delete workplace</translation>
    </message>
    <message>
        <source>Ta bort</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Arbetsplatsen kunde inte tas bort</source>
        <translation>The workplace could not be deleted</translation>
    </message>
</context>
<context>
    <name>_NoDatabasePage</name>
    <message>
        <source>Organisation och intyg</source>
        <translation>Organisation and certificates</translation>
    </message>
    <message>
        <source>Öppna en databas för att ställa in organisation och intyg.</source>
        <translation>Open a database to set up the organisation and certificates.</translation>
    </message>
</context>
</TS>
