<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>Create a new workshop file</source>
        <translation>Een nieuw trajectbestand maken</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open a workshop file</source>
        <translation>Een trajectbestand openen</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Opslaan als &amp;kopie…</translation>
    </message>
    <message>
        <source>Write a copy of this workshop to a new file; you keep working in this one</source>
        <translation>Een kopie van dit traject naar een nieuw bestand schrijven; je blijft in dit bestand werken</translation>
    </message>
    <message>
        <source>&amp;Post-its from CSV…</source>
        <translation>&amp;Post-its uit CSV…</translation>
    </message>
    <message>
        <source>&amp;Workshop from JSON…</source>
        <translation>&amp;Traject uit JSON…</translation>
    </message>
    <message>
        <source>&amp;Post-its as CSV…</source>
        <translation>&amp;Post-its als CSV…</translation>
    </message>
    <message>
        <source>&amp;Workshop as JSON…</source>
        <translation>&amp;Traject als JSON…</translation>
    </message>
    <message>
        <source>&amp;Report as PDF…</source>
        <translation>&amp;Rapport als PDF…</translation>
    </message>
    <message>
        <source>Report as PDF on &amp;A3…</source>
        <translation>Rapport als PDF op &amp;A3…</translation>
    </message>
    <message>
        <source>The same report with the boards on A3 paper</source>
        <translation>Hetzelfde rapport, met de borden op A3-papier</translation>
    </message>
    <message>
        <source>Save the visualised purpose of this workshop as a PDF</source>
        <translation>De gevisualiseerde bedoeling van dit traject als PDF bewaren</translation>
    </message>
    <message>
        <source>P&amp;icture (PNG or SVG)…</source>
        <translation>&amp;Afbeelding (PNG of SVG)…</translation>
    </message>
    <message>
        <source>Save the board or the batenlogica as a picture, for slides</source>
        <translation>Het bord of de batenlogica als afbeelding bewaren, voor dia&apos;s</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Find post-its in all rounds</source>
        <translation>Post-its zoeken in alle rondes</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Inzoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>&amp;Fit board</source>
        <translation>&amp;Passend</translation>
    </message>
    <message>
        <source>Show the whole board</source>
        <translation>Het hele bord tonen</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>Colour by &amp;subgroup</source>
        <translation>Kleur per &amp;subgroep</translation>
    </message>
    <message>
        <source>Colour by &amp;kind</source>
        <translation>Kleur per s&amp;oort</translation>
    </message>
    <message>
        <source>&amp;New post-it</source>
        <translation>&amp;Nieuwe post-it</translation>
    </message>
    <message>
        <source>Add a post-it where the pointer is</source>
        <translation>Een post-it toevoegen waar de muisaanwijzer staat</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Clusteren</translation>
    </message>
    <message>
        <source>Put a titled frame around the selected post-its</source>
        <translation>Een kader met titel om de geselecteerde post-its zetten</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>Cluster op&amp;heffen</translation>
    </message>
    <message>
        <source>&amp;Tidy up</source>
        <translation>Op&amp;ruimen</translation>
    </message>
    <message>
        <source>Arrange the selected post-its in a neat grid</source>
        <translation>De geselecteerde post-its netjes in een raster zetten</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>Tekst &amp;bewerken</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Hernoemen</translation>
    </message>
    <message>
        <source>Vote +1</source>
        <translation>Stem +1</translation>
    </message>
    <message>
        <source>Vote −1</source>
        <translation>Stem −1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Naar links</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Naar rechts</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move far left</source>
        <translation>Ver naar links</translation>
    </message>
    <message>
        <source>Move far right</source>
        <translation>Ver naar rechts</translation>
    </message>
    <message>
        <source>Move far up</source>
        <translation>Ver omhoog</translation>
    </message>
    <message>
        <source>Move far down</source>
        <translation>Ver omlaag</translation>
    </message>
    <message>
        <source>&amp;Show in the batenlogica</source>
        <translation>&amp;Toon in batenlogica</translation>
    </message>
    <message>
        <source>Select the elements of the batenlogica made from the selected post-its</source>
        <translation>De elementen van de batenlogica selecteren die van de geselecteerde post-its gemaakt zijn</translation>
    </message>
    <message>
        <source>Clusters → t&amp;hemes</source>
        <translation>Clusters → t&amp;hema&apos;s</translation>
    </message>
    <message>
        <source>Make a policy theme of each selected cluster</source>
        <translation>Maak van elke geselecteerde cluster een beleidsthema</translation>
    </message>
    <message>
        <source>Themes → su&amp;bgroups</source>
        <translation>Thema&apos;s → s&amp;ubgroepen</translation>
    </message>
    <message>
        <source>Give this round one subgroup per theme</source>
        <translation>Geef deze ronde één subgroep per thema</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>Show the board on the second screen, or over this window with one screen</source>
        <translation>Toon het bord op het tweede scherm, of over dit venster bij één scherm</translation>
    </message>
    <message>
        <source>&amp;Freeze projection</source>
        <translation>Projectie &amp;bevriezen</translation>
    </message>
    <message>
        <source>Keep the projection still while you rearrange</source>
        <translation>Houd de projectie stil terwijl je herschikt</translation>
    </message>
    <message>
        <source>Show &amp;timer</source>
        <translation>&amp;Timer tonen</translation>
    </message>
    <message>
        <source>&amp;Vote mode</source>
        <translation>&amp;Stemmodus</translation>
    </message>
    <message>
        <source>Click a post-it to give it a vote</source>
        <translation>Klik op een post-it om er een stem op te geven</translation>
    </message>
    <message>
        <source>&amp;Add round…</source>
        <translation>Ronde toe&amp;voegen…</translation>
    </message>
    <message>
        <source>Add a round to the chosen session</source>
        <translation>Voeg een ronde toe aan de gekozen sessie</translation>
    </message>
    <message>
        <source>&amp;Close round</source>
        <translation>Ronde s&amp;luiten</translation>
    </message>
    <message>
        <source>Make the shown round read-only, its board kept as left</source>
        <translation>Maak de getoonde ronde alleen-lezen; het bord blijft zoals het is</translation>
    </message>
    <message>
        <source>&amp;Reopen round</source>
        <translation>Ronde &amp;heropenen</translation>
    </message>
    <message>
        <source>Carry results &amp;forward…</source>
        <translation>Resultaten &amp;doorzetten…</translation>
    </message>
    <message>
        <source>Clusters become themes, themes become subgroups</source>
        <translation>Clusters worden thema&apos;s, thema&apos;s worden subgroepen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;About Bruinpapier</source>
        <translation>&amp;Over Bruinpapier</translation>
    </message>
    <message>
        <source>Projection follows &amp;my view</source>
        <translation>Projectie volgt &amp;mijn beeld</translation>
    </message>
    <message>
        <source>Project what this window shows instead of the pages (PageDown: pages)</source>
        <translation>Projecteer wat dit venster toont in plaats van de pagina&apos;s (PageDown: pagina&apos;s)</translation>
    </message>
    <message>
        <source>Start or pause the &amp;timer</source>
        <translation>&amp;Timer starten of pauzeren</translation>
    </message>
    <message>
        <source>Start the round&apos;s timer, or pause it when it runs</source>
        <translation>Start de timer van de ronde, of pauzeer hem als hij loopt</translation>
    </message>
    <message>
        <source>Save the board or the benefits logic as a picture, for slides</source>
        <translation>Het bord of de batenlogica als afbeelding bewaren, voor dia&apos;s</translation>
    </message>
    <message>
        <source>&amp;Show in the benefits logic</source>
        <translation>&amp;Toon in batenlogica</translation>
    </message>
    <message>
        <source>Select the elements of the benefits logic made from the selected post-its</source>
        <translation>De elementen van de batenlogica selecteren die van de geselecteerde post-its gemaakt zijn</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Bijeenkomsten…</translation>
    </message>
    <message>
        <source>Add session of &amp;kind…</source>
        <translation>Sessie van een &amp;soort toevoegen…</translation>
    </message>
    <message>
        <source>Add an intake, werksessie, evaluatie or other session at the end</source>
        <translation>Een intake, werksessie, evaluatie of andere sessie achteraan toevoegen</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>M&amp;easurements…</source>
        <translation>&amp;Metingen…</translation>
    </message>
    <message>
        <source>Minutes of the &amp;round…</source>
        <translation>Notulen van de &amp;ronde…</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>Opslaan als &amp;sjabloon…</translation>
    </message>
</context>
<context>
    <name>AddRoundDialog</name>
    <message>
        <source>Add a round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Blank round</source>
        <translation>Lege ronde</translation>
    </message>
    <message>
        <source>The question the subgroups answer</source>
        <translation>De vraag die de subgroepen beantwoorden</translation>
    </message>
    <message>
        <source>One subgroup per stakeholder group</source>
        <translation>Eén subgroep per geleding</translation>
    </message>
    <message>
        <source>Mixed subgroups</source>
        <translation>Gemengde subgroepen</translation>
    </message>
    <message>
        <source>One subgroup per theme</source>
        <translation>Eén subgroep per thema</translation>
    </message>
    <message>
        <source>Free: name the subgroups</source>
        <translation>Vrij: geef de subgroepen een naam</translation>
    </message>
    <message>
        <source>One subgroup name per line</source>
        <translation>Eén subgroepnaam per regel</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessie:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Sjabloon:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Subgroups:</source>
        <translation>Subgroepen:</translation>
    </message>
    <message>
        <source>Number of mixed subgroups:</source>
        <translation>Aantal gemengde subgroepen:</translation>
    </message>
    <message>
        <source>Create a session first.</source>
        <translation>Maak eerst een sessie.</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Untitled cluster (double-click to name)</source>
        <translation>Cluster zonder titel (dubbelklik om te benoemen)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Cluster opheffen</translation>
    </message>
    <message>
        <source>Tidy</source>
        <translation>Opruimen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Resize post-it</source>
        <translation>Formaat post-it wijzigen</translation>
    </message>
    <message>
        <source>Add post-it</source>
        <translation>Post-it toevoegen</translation>
    </message>
    <message>
        <source>Edit post-it</source>
        <translation>Post-it bewerken</translation>
    </message>
    <message>
        <source>Rename cluster</source>
        <translation>Cluster hernoemen</translation>
    </message>
    <message>
        <source>Closed round: read only</source>
        <translation>Gesloten ronde: alleen lezen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Cluster, moved to %1</source>
        <translation>Cluster, verplaatst naar %1</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Vote +1</source>
        <translation>Stem +1</translation>
    </message>
    <message>
        <source>Vote −1</source>
        <translation>Stem −1</translation>
    </message>
    <message>
        <source>Show in the benefits logic</source>
        <translation>Toon in batenlogica</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <source>New post-it here</source>
        <translation>Nieuwe post-it hier</translation>
    </message>
    <message>
        <source>Tidy the board</source>
        <translation>Het bord opruimen</translation>
    </message>
    <message>
        <source>Fit board</source>
        <translation>Passend</translation>
    </message>
</context>
<context>
    <name>CarryActions</name>
    <message>
        <source>Clusters → themes</source>
        <translation>Clusters → thema&apos;s</translation>
    </message>
    <message>
        <source>Make a policy theme of each selected cluster</source>
        <translation>Maak van elke geselecteerde cluster een beleidsthema</translation>
    </message>
    <message>
        <source>Themes → subgroups</source>
        <translation>Thema&apos;s → subgroepen</translation>
    </message>
    <message>
        <source>Give this round one subgroup per theme</source>
        <translation>Geef deze ronde één subgroep per thema</translation>
    </message>
</context>
<context>
    <name>CarryForwardDialog</name>
    <message>
        <source>Carry results forward</source>
        <translation>Resultaten meenemen</translation>
    </message>
    <message>
        <source>Round with clusters</source>
        <translation>Ronde met clusters</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Make themes of the selected clusters</source>
        <translation>Maak thema&apos;s van de geselecteerde clusters</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Round to give a subgroup per theme</source>
        <translation>Ronde die een subgroep per thema krijgt</translation>
    </message>
    <message>
        <source>Give this round a subgroup per theme</source>
        <translation>Geef deze ronde een subgroep per thema</translation>
    </message>
    <message>
        <source>1. Clusters become themes</source>
        <translation>1. Clusters worden thema&apos;s</translation>
    </message>
    <message>
        <source>2. Themes become subgroups</source>
        <translation>2. Thema&apos;s worden subgroepen</translation>
    </message>
    <message>
        <source>Themes of this trajectory:</source>
        <translation>Thema&apos;s van dit traject:</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Already a theme</source>
        <translation>Al een thema</translation>
    </message>
    <message>
        <source>Clusters → themes</source>
        <translation>Clusters → thema&apos;s</translation>
    </message>
    <message>
        <source>Themes → subgroups</source>
        <translation>Thema&apos;s → subgroepen</translation>
    </message>
</context>
<context>
    <name>ElaborationForm</name>
    <message>
        <source>Work out a chosen initiative</source>
        <translation>Een gekozen initiatief uitwerken</translation>
    </message>
    <message>
        <source>Chosen initiative</source>
        <translation>Gekozen initiatief</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Activiteit verwijderen</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Initiative:</source>
        <translation>Initiatief:</translation>
    </message>
    <message>
        <source>Activities and who does them:</source>
        <translation>Activiteiten en wie ze uitvoert:</translation>
    </message>
    <message>
        <source>Organisation principles that apply, and how:</source>
        <translation>Organisatieprincipes die gelden, en hoe:</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Activiteit wijzigen</translation>
    </message>
    <message>
        <source>Apply principle</source>
        <translation>Principe toepassen</translation>
    </message>
    <message>
        <source>Drop principle</source>
        <translation>Principe laten vallen</translation>
    </message>
    <message>
        <source>Describe how the principle applies</source>
        <translation>Beschrijf hoe het principe geldt</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Measurements</source>
        <translation>Metingen</translation>
    </message>
    <message>
        <source>baseline (nulmeting)</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <source>interim (tussenmeting)</source>
        <translation>tussenmeting</translation>
    </message>
    <message>
        <source>final (eindmeting)</source>
        <translation>eindmeting</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nieuw meetmoment</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Theme or bedoeling</source>
        <translation>Thema of bedoeling</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>Score (1–5)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Save scores</source>
        <translation>Scores opslaan</translation>
    </message>
    <message>
        <source>Save what it yields</source>
        <translation>Opbrengst opslaan</translation>
    </message>
    <message>
        <source>What it yields for staff:</source>
        <translation>Wat levert het op voor personeel:</translation>
    </message>
    <message>
        <source>What it yields for pupils:</source>
        <translation>Wat levert het op voor leerlingen:</translation>
    </message>
    <message>
        <source>Change between the moments</source>
        <translation>Verschil tussen de meetmomenten</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>New measurement moment</source>
        <translation>Nieuw meetmoment</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Warning: %1 (your edits are still saved)</source>
        <translation>Let op: %1 (je wijzigingen worden nog steeds opgeslagen)</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Traject openen</translation>
    </message>
    <message>
        <source>Cannot open this workshop</source>
        <translation>Dit traject kan niet worden geopend</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Cannot create this workshop</source>
        <translation>Dit traject kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>The workshop is empty: the wizard was cancelled</source>
        <translation>De workshop is leeg: de wizard is geannuleerd</translation>
    </message>
    <message>
        <source>Cannot create the demo</source>
        <translation>De demo kan niet worden gemaakt</translation>
    </message>
    <message>
        <source>(copy)</source>
        <translation>(kopie)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Opslaan als kopie</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>De kopie kan niet worden bewaard</translation>
    </message>
    <message>
        <source>Copy saved as %1; you are still working in %2</source>
        <translation>Kopie bewaard als %1; je werkt nog steeds in %2</translation>
    </message>
    <message>
        <source>Import post-its</source>
        <translation>Post-its importeren</translation>
    </message>
    <message>
        <source>Cannot import this file</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s) imported</source>
        <translation>
            <numerusform>%n post-it geïmporteerd</numerusform>
            <numerusform>%n post-its geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a workshop</source>
        <translation>Traject importeren</translation>
    </message>
    <message>
        <source>Save the imported workshop as</source>
        <translation>Het geïmporteerde traject bewaren als</translation>
    </message>
    <message>
        <source>Export post-its</source>
        <translation>Post-its exporteren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Exporteren is niet gelukt</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s) exported</source>
        <translation>
            <numerusform>%n post-it geëxporteerd</numerusform>
            <numerusform>%n post-its geëxporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Rapport bewaren</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written</source>
        <translation>Het verslag is geannuleerd; er is niets geschreven</translation>
    </message>
    <message>
        <source>Cannot write the report</source>
        <translation>Het rapport kan niet worden geschreven</translation>
    </message>
    <message numerus="yes">
        <source>Report saved as %1 (%n page(s))</source>
        <translation>
            <numerusform>Rapport bewaard als %1 (%n pagina)</numerusform>
            <numerusform>Rapport bewaard als %1 (%n pagina&apos;s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved, with warnings</source>
        <translation>Rapport bewaard, met waarschuwingen</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Niets te exporteren</translation>
    </message>
    <message>
        <source>The board and the batenlogica are both still empty.</source>
        <translation>Het bord en de batenlogica zijn allebei nog leeg.</translation>
    </message>
    <message>
        <source>Save the picture</source>
        <translation>Afbeelding bewaren</translation>
    </message>
    <message>
        <source>Cannot export the picture</source>
        <translation>Kan de afbeelding niet exporteren</translation>
    </message>
    <message>
        <source>Picture saved as %1</source>
        <translation>Afbeelding bewaard als %1</translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation>Traject exporteren</translation>
    </message>
    <message>
        <source>Workshop exported to %1</source>
        <translation>Traject geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>The board and the benefits logic are both still empty.</source>
        <translation>Het bord en de batenlogica zijn allebei nog leeg.</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Stakeholder groups</source>
        <translation>Geledingen</translation>
    </message>
    <message>
        <source>Who takes part? Names are optional: a number per group is enough for an even mix.</source>
        <translation>Wie doen er mee? Namen zijn niet nodig: een aantal per geleding is genoeg voor een evenwichtige mix.</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Geleding toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>One name per line (optional)</source>
        <translation>Eén naam per regel (niet verplicht)</translation>
    </message>
    <message>
        <source>Number of participants:</source>
        <translation>Aantal deelnemers:</translation>
    </message>
    <message>
        <source>Names:</source>
        <translation>Namen:</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nieuwe geleding</translation>
    </message>
</context>
<context>
    <name>InitiativeList</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Ticked: chosen to work out</source>
        <translation>Aangevinkt: gekozen om uit te werken</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>Add initiative</source>
        <translation>Initiatief toevoegen</translation>
    </message>
    <message>
        <source>Remove initiative</source>
        <translation>Initiatief verwijderen</translation>
    </message>
    <message>
        <source>Reorder initiatives</source>
        <translation>Initiatieven herordenen</translation>
    </message>
    <message>
        <source>Choose initiative</source>
        <translation>Initiatief kiezen</translation>
    </message>
    <message>
        <source>Unchoose initiative</source>
        <translation>Initiatief niet meer kiezen</translation>
    </message>
    <message>
        <source>Rename initiative</source>
        <translation>Initiatief hernoemen</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Select a post-it on the board to see and change it here.</source>
        <translation>Selecteer een post-it op het bord om die hier te bekijken en te wijzigen.</translation>
    </message>
    <message>
        <source>Post-it</source>
        <translation>Post-it</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s)</source>
        <translation>
            <numerusform>%n post-it</numerusform>
            <numerusform>%n post-its</numerusform>
        </translation>
    </message>
    <message>
        <source>This round is closed: reopen it to change its board.</source>
        <translation>Deze ronde is gesloten: heropen haar om het bord te wijzigen.</translation>
    </message>
    <message>
        <source>Select one post-it to edit its text</source>
        <translation>Selecteer één post-it om de tekst te bewerken</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(untitled cluster)</source>
        <translation>(cluster zonder titel)</translation>
    </message>
    <message>
        <source>By subgroup or kind</source>
        <translation>Volgens subgroep of soort</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Andere kleur…</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stem</numerusform>
            <numerusform>%n stemmen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 votes</source>
        <translation>%1–%2 stemmen</translation>
    </message>
    <message>
        <source>(mixed)</source>
        <translation>(verschillend)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Subgroup</source>
        <translation>Subgroep</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Give a vote</source>
        <translation>Stem geven</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Stem terugnemen</translation>
    </message>
    <message>
        <source>Saved when you leave the field, or with Ctrl+Enter</source>
        <translation>Wordt bewaard als je het veld verlaat, of met Ctrl+Enter</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst wijzigen</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>Move to subgroup</source>
        <translation>Naar andere subgroep</translation>
    </message>
    <message>
        <source>Post-it colour</source>
        <translation>Kleur van de post-it</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Kleur wijzigen</translation>
    </message>
    <message>
        <source>Take out of cluster</source>
        <translation>Uit cluster halen</translation>
    </message>
    <message>
        <source>Move to cluster</source>
        <translation>Naar cluster verplaatsen</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join in</source>
        <translation>Doe mee</translation>
    </message>
</context>
<context>
    <name>LogicFindingsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>Geen problemen gevonden</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Werkdruk</translation>
    </message>
    <message>
        <source>Per theme</source>
        <translation>Per thema</translation>
    </message>
    <message>
        <source>serves no purpose yet</source>
        <translation>draagt nog niet bij aan de bedoeling</translation>
    </message>
    <message>
        <source>Per purpose</source>
        <translation>Per bedoeling</translation>
    </message>
    <message>
        <source>Themes: %s</source>
        <translation>Thema&apos;s: %s</translation>
    </message>
</context>
<context>
    <name>LogicKind</name>
    <message>
        <source>solution</source>
        <translation>oplossing</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>activiteit</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>baat</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>bedoeling</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>werkdruk</translation>
    </message>
</context>
<context>
    <name>LogicView</name>
    <message>
        <source>Solutions</source>
        <translation>Oplossingen</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Baten</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Bedoeling</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>bedoeling</translation>
    </message>
    <message>
        <source>systems</source>
        <translation>systemen</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Add to batenlogica</source>
        <translation>Aan de batenlogica toevoegen</translation>
    </message>
    <message>
        <source>New element</source>
        <translation>Nieuw element</translation>
    </message>
    <message>
        <source>Draw arrow</source>
        <translation>Pijl tekenen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <source>Set theme</source>
        <translation>Thema kiezen</translation>
    </message>
    <message>
        <source>Change kind</source>
        <translation>Soort wijzigen</translation>
    </message>
    <message>
        <source>New layout</source>
        <translation>Nieuwe indeling</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>No theme</source>
        <translation>Geen thema</translation>
    </message>
    <message>
        <source>Show post-its</source>
        <translation>Post-its tonen</translation>
    </message>
    <message>
        <source>Lay the diagram out afresh; manual nudges are dropped</source>
        <translation>Het diagram opnieuw indelen; handmatige verschuivingen vervallen</translation>
    </message>
    <message>
        <source>Delete arrow</source>
        <translation>Pijl verwijderen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Select post-its or clusters first</source>
        <translation>Selecteer eerst post-its of clusters</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) added to the batenlogica</source>
        <translation>
            <numerusform>%n element toegevoegd aan de batenlogica</numerusform>
            <numerusform>%n elementen toegevoegd aan de batenlogica</numerusform>
        </translation>
    </message>
    <message>
        <source>No element of the batenlogica was made from this selection</source>
        <translation>Geen element van de batenlogica is van deze selectie gemaakt</translation>
    </message>
    <message>
        <source>About Bruinpapier</source>
        <translation>Over Bruinpapier</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bruinpapier %1&lt;/h3&gt;&lt;p&gt;Capture and cluster the post-its of brown-paper sessions in schools, working from the purpose (werken vanuit de bedoeling).&lt;/p&gt;&lt;p&gt;Everything is saved automatically: each change is written to the workshop file the moment you make it, so there is no Save command. Use &lt;i&gt;Save a copy as…&lt;/i&gt; to keep a separate copy.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bruinpapier %1&lt;/h3&gt;&lt;p&gt;Post-its van bruinpapiersessies in scholen vastleggen en clusteren, werkend vanuit de bedoeling.&lt;/p&gt;&lt;p&gt;Alles wordt automatisch bewaard: elke wijziging wordt op het moment dat je haar maakt in het trajectbestand geschreven, dus er is geen Opslaan. Gebruik &lt;i&gt;Opslaan als kopie…&lt;/i&gt; om een aparte kopie te bewaren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschappen</translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation>Snel invoeren</translation>
    </message>
    <message>
        <source>Everything is saved automatically</source>
        <translation>Alles wordt automatisch bewaard</translation>
    </message>
    <message>
        <source>Every change is written to the workshop file the moment you make it</source>
        <translation>Elke wijziging wordt meteen in het trajectbestand geschreven</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ongedaan maken: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Opn&amp;ieuw: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opn&amp;ieuw</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n element(s) added to the benefits logic</source>
        <translation>
            <numerusform>%n element toegevoegd aan de batenlogica</numerusform>
            <numerusform>%n elementen toegevoegd aan de batenlogica</numerusform>
        </translation>
    </message>
    <message>
        <source>No element of the benefits logic was made from this selection</source>
        <translation>Geen element van de batenlogica is van deze selectie gemaakt</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>New supportgroep meeting</source>
        <translation>Nieuwe supportgroepbijeenkomst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Present / absent</source>
        <translation>Aanwezig / afwezig</translation>
    </message>
    <message>
        <source>(no stakeholder group)</source>
        <translation>(geen geleding)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Notulen</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Minutes of the selected agenda item</source>
        <translation>Notulen bij het gekozen agendapunt</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Notulen opslaan</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When (2026-05-31)</source>
        <translation>Wanneer (2026-05-31)</translation>
    </message>
    <message>
        <source>Open / done</source>
        <translation>Open / afgerond</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Herkend</translation>
    </message>
    <message>
        <source>Changes asked for</source>
        <translation>Gevraagde wijzigingen</translation>
    </message>
    <message>
        <source>Subject, e.g. outcomes of session 1</source>
        <translation>Onderwerp, bijvoorbeeld uitkomsten sessie 1</translation>
    </message>
    <message>
        <source>Recognised / not recognised</source>
        <translation>Herkend / niet herkend</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Aanwezigen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Aanwezige toevoegen</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Add validation</source>
        <translation>Validatie toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Open decisions of the previous meeting: %1</source>
        <translation>Open besluiten van de vorige bijeenkomst: %1</translation>
    </message>
    <message>
        <source>No open decisions from a previous meeting.</source>
        <translation>Geen open besluiten van een vorige bijeenkomst.</translation>
    </message>
    <message>
        <source>Supportgroep meeting %1</source>
        <translation>Supportgroepbijeenkomst %1</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Besluit toevoegen</translation>
    </message>
    <message>
        <source>Mark decision</source>
        <translation>Besluit afvinken</translation>
    </message>
    <message>
        <source>Mark attendance</source>
        <translation>Aanwezigheid wijzigen</translation>
    </message>
    <message>
        <source>Mark validation</source>
        <translation>Validatie wijzigen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panelen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>B&amp;ord</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>Add to the &amp;batenlogica</source>
        <translation>Aan de &amp;batenlogica toevoegen</translation>
    </message>
    <message>
        <source>&amp;Move selection</source>
        <translation>Selectie &amp;verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>Add to the &amp;benefits logic</source>
        <translation>Aan de &amp;batenlogica toevoegen</translation>
    </message>
</context>
<context>
    <name>MixEditor</name>
    <message>
        <source>Move to subgroup</source>
        <translation>Naar subgroep verplaatsen</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Mix again</source>
        <translation>Opnieuw mengen</translation>
    </message>
    <message>
        <source>Drag names between the subgroups to change the mix.</source>
        <translation>Sleep namen tussen de subgroepen om de mix te veranderen.</translation>
    </message>
    <message>
        <source>Without names the mix is a suggestion: type names to seat people.</source>
        <translation>Zonder namen is de mix een voorstel: vul namen in om mensen in te delen.</translation>
    </message>
</context>
<context>
    <name>MixPage</name>
    <message>
        <source>Mixed subgroups</source>
        <translation>Gemengde subgroepen</translation>
    </message>
    <message>
        <source>Every stakeholder group is spread evenly. Move people if you like.</source>
        <translation>Elke geleding wordt gelijkmatig verdeeld. Verplaats mensen als je wilt.</translation>
    </message>
    <message>
        <source>Number of mixed subgroups:</source>
        <translation>Aantal gemengde subgroepen:</translation>
    </message>
</context>
<context>
    <name>ModelError</name>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>{path}, line {line}: {problem}</source>
        <translation>{path}, regel {line}: {problem}</translation>
    </message>
    <message>
        <source>A cluster can only hold post-its of one round.</source>
        <translation>Een cluster kan alleen post-its van één ronde bevatten.</translation>
    </message>
    <message>
        <source>An arrow must connect two different elements.</source>
        <translation>Een pijl moet twee verschillende elementen verbinden.</translation>
    </message>
    <message>
        <source>Every theme already has a subgroup in this round.</source>
        <translation>Elk thema heeft in deze ronde al een subgroep.</translation>
    </message>
    <message>
        <source>No open round with subgroups (rounds: {names}).</source>
        <translation>Geen open ronde met subgroepen (rondes: {names}).</translation>
    </message>
    <message>
        <source>Only a mixed round takes a mix of participants.</source>
        <translation>Alleen een gemengde ronde krijgt een menging van deelnemers.</translation>
    </message>
    <message>
        <source>Round “{name}” has no subgroups to write in.</source>
        <translation>Ronde “{name}” heeft geen subgroepen om in te schrijven.</translation>
    </message>
    <message>
        <source>Round {round} no longer exists.</source>
        <translation>Ronde {round} bestaat niet meer.</translation>
    </message>
    <message>
        <source>Round “{title}” has nothing on its board yet.</source>
        <translation>Ronde “{title}” heeft nog niets op het bord.</translation>
    </message>
    <message>
        <source>Round “{title}” is closed; reopen it before changing its board.</source>
        <translation>Ronde “{title}” is gesloten; heropen hem om het bord te wijzigen.</translation>
    </message>
    <message>
        <source>Select at least one post-it to make a cluster.</source>
        <translation>Selecteer minstens één post-it om een cluster te maken.</translation>
    </message>
    <message>
        <source>Select one or more clusters to turn into themes.</source>
        <translation>Selecteer een of meer clusters om er thema&apos;s van te maken.</translation>
    </message>
    <message>
        <source>Some of these post-its no longer exist.</source>
        <translation>Sommige van deze post-its bestaan niet meer.</translation>
    </message>
    <message>
        <source>The batenlogica is still empty.</source>
        <translation>De batenlogica is nog leeg.</translation>
    </message>
    <message>
        <source>The mix does not match the number of mixed subgroups.</source>
        <translation>De menging past niet bij het aantal gemengde subgroepen.</translation>
    </message>
    <message>
        <source>The mix has {mixed} subgroups but the round has {subgroups}.</source>
        <translation>De menging heeft {mixed} subgroepen, maar de ronde heeft er {subgroups}.</translation>
    </message>
    <message>
        <source>The mix names a participant who is not in the list.</source>
        <translation>De menging noemt een deelnemer die niet in de lijst staat.</translation>
    </message>
    <message>
        <source>The picture would be {width} × {height} pixels; choose a smaller scale (at most {most} pixels a side).</source>
        <translation>De afbeelding zou {width} × {height} pixels worden; kies een kleinere schaal (hoogstens {most} pixels per zijde).</translation>
    </message>
    <message>
        <source>The scale must be a positive number, not {scale}.</source>
        <translation>De schaal moet een positief getal zijn, niet {scale}.</translation>
    </message>
    <message>
        <source>These two elements are already connected.</source>
        <translation>Deze twee elementen zijn al verbonden.</translation>
    </message>
    <message>
        <source>This cluster no longer exists.</source>
        <translation>Deze cluster bestaat niet meer.</translation>
    </message>
    <message>
        <source>This round has no post-its in theme subgroups to carry over.</source>
        <translation>Deze ronde heeft geen post-its in themasubgroepen om mee te nemen.</translation>
    </message>
    <message>
        <source>This subgroup no longer exists.</source>
        <translation>Deze subgroep bestaat niet meer.</translation>
    </message>
    <message>
        <source>a database, but not a Bruinpapier workshop</source>
        <translation>een database, maar geen Bruinpapier-traject</translation>
    </message>
    <message>
        <source>“{name}” is no round of this workshop; give “SESSION / ROUND” (rounds: {names}).</source>
        <translation>“{name}” is geen ronde van dit traject; geef “SESSIE / RONDE” (rondes: {names}).</translation>
    </message>
    <message>
        <source>“{name}” names more than one round; give “SESSION / ROUND” (rounds: {names}).</source>
        <translation>“{name}” past bij meer dan één ronde; geef “SESSIE / RONDE” (rondes: {names}).</translation>
    </message>
    <message>
        <source>a file with this name already exists</source>
        <translation>er bestaat al een bestand met deze naam</translation>
    </message>
    <message>
        <source>a file with this name already exists; choose a new name</source>
        <translation>er bestaat al een bestand met deze naam; kies een nieuwe naam</translation>
    </message>
    <message>
        <source>a whole workshop can only be imported into a new, empty workshop (this one already has sessions, notes or other content)</source>
        <translation>een heel traject kan alleen in een nieuw, leeg traject worden geïmporteerd (dit traject heeft al sessies, post-its of andere inhoud)</translation>
    </message>
    <message>
        <source>cannot lock the file ({reason})</source>
        <translation>het bestand kan niet worden vergrendeld ({reason})</translation>
    </message>
    <message>
        <source>cannot write in {folder} ({reason})</source>
        <translation>kan niet schrijven in {folder} ({reason})</translation>
    </message>
    <message>
        <source>its content cannot be read ({reason})</source>
        <translation>de inhoud kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>not a Bruinpapier workshop (the file is not a database)</source>
        <translation>geen Bruinpapier-traject (het bestand is geen database)</translation>
    </message>
    <message>
        <source>not valid JSON ({reason})</source>
        <translation>geen geldige JSON ({reason})</translation>
    </message>
    <message>
        <source>saved by a newer Bruinpapier (schema {revision}); cannot count its content</source>
        <translation>opgeslagen door een nieuwere Bruinpapier (schema {revision}); de inhoud kan niet worden geteld</translation>
    </message>
    <message>
        <source>the CSV is malformed ({reason}; check the quotes)</source>
        <translation>de CSV is onjuist opgemaakt ({reason}; controleer de aanhalingstekens)</translation>
    </message>
    <message>
        <source>the PDF report is not available yet</source>
        <translation>het PDF-verslag is nog niet beschikbaar</translation>
    </message>
    <message>
        <source>the backup could not be read ({reason})</source>
        <translation>de reservekopie kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the backup could not be restored ({reason})</source>
        <translation>de reservekopie kan niet worden teruggezet ({reason})</translation>
    </message>
    <message>
        <source>the backup could not be written ({reason})</source>
        <translation>de reservekopie kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <source>the change could not be saved ({reason})</source>
        <translation>de wijziging kan niet worden opgeslagen ({reason})</translation>
    </message>
    <message>
        <source>the copy could not be written ({reason})</source>
        <translation>de kopie kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <source>the demo can only be built in a new, empty workshop</source>
        <translation>de demo kan alleen in een nieuw, leeg traject worden gemaakt</translation>
    </message>
    <message>
        <source>the disk is full; the last change was not saved</source>
        <translation>de schijf is vol; de laatste wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>the export could not be written ({reason})</source>
        <translation>de export kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <source>the file became read-only; the last change was not saved</source>
        <translation>het bestand is alleen-lezen geworden; de laatste wijziging is niet opgeslagen</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>het bestand kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the file could not be created ({reason})</source>
        <translation>het bestand kan niet worden gemaakt ({reason})</translation>
    </message>
    <message>
        <source>the file could not be written ({reason})</source>
        <translation>het bestand kan niet worden geschreven ({reason})</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>het bestand bestaat niet</translation>
    </message>
    <message>
        <source>the file is damaged (it is cut short)</source>
        <translation>het bestand is beschadigd (het is afgekapt)</translation>
    </message>
    <message>
        <source>the file is damaged ({reason})</source>
        <translation>het bestand is beschadigd ({reason})</translation>
    </message>
    <message>
        <source>the file is damaged: {problems}</source>
        <translation>het bestand is beschadigd: {problems}</translation>
    </message>
    <message>
        <source>the file is empty (expected a header: {expected})</source>
        <translation>het bestand is leeg (verwacht een kopregel: {expected})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &apos;CSV UTF-8&apos;)</source>
        <translation>het bestand is geen UTF-8-tekst (sla het op als &apos;CSV UTF-8&apos;)</translation>
    </message>
    <message>
        <source>the file is read-only; Bruinpapier saves every change as you make it, so it needs a file it may write (make a copy, or change its permissions)</source>
        <translation>het bestand is alleen-lezen; Bruinpapier bewaart elke wijziging meteen en heeft dus een bestand nodig waarin het mag schrijven (maak een kopie of pas de rechten aan)</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>the folder {folder} is read-only</source>
        <translation>de map {folder} is alleen-lezen</translation>
    </message>
    <message>
        <source>the header lacks the column(s) {missing} (expected: {expected})</source>
        <translation>de kopregel mist de kolom(men) {missing} (verwacht: {expected})</translation>
    </message>
    <message>
        <source>the picture could not be written</source>
        <translation>de afbeelding kan niet worden geschreven</translation>
    </message>
    <message>
        <source>the {column} is empty</source>
        <translation>{column} is leeg</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>dit is een map, geen bestand</translation>
    </message>
    <message>
        <source>this is a folder, not a workshop file</source>
        <translation>dit is een map, geen trajectbestand</translation>
    </message>
    <message>
        <source>this is a folder; choose a file name</source>
        <translation>dit is een map; kies een bestandsnaam</translation>
    </message>
    <message>
        <source>this workshop is already open in another Bruinpapier</source>
        <translation>dit traject is al geopend in een ander Bruinpapier-venster</translation>
    </message>
    <message>
        <source>this workshop is already open in another Bruinpapier (process {process})</source>
        <translation>dit traject is al geopend in een ander Bruinpapier-venster (proces {process})</translation>
    </message>
    <message>
        <source>this workshop is already open in this Bruinpapier</source>
        <translation>dit traject is al geopend in een ander venster van deze Bruinpapier</translation>
    </message>
    <message>
        <source>this workshop was saved by a newer Bruinpapier (schema {revision}); this version knows schema {known}. Update Bruinpapier to open it</source>
        <translation>dit traject is opgeslagen door een nieuwere Bruinpapier (schema {revision}); deze versie kent schema {known}. Werk Bruinpapier bij om het te openen</translation>
    </message>
    <message>
        <source>unknown kind {word!r} (expected one of: {allowed})</source>
        <translation>onbekende soort {word!r} (toegestaan: {allowed})</translation>
    </message>
    <message>
        <source>votes cannot be negative ({votes})</source>
        <translation>stemmen kunnen niet negatief zijn ({votes})</translation>
    </message>
    <message>
        <source>votes must be a whole number, not {word!r}</source>
        <translation>stemmen moeten een geheel getal zijn, niet {word!r}</translation>
    </message>
    <message>
        <source>votes must be at most {most} ({votes})</source>
        <translation>hoogstens {most} stemmen ({votes})</translation>
    </message>
    <message>
        <source>{fields} fields where the header has {width}</source>
        <translation>{fields} velden waar de kopregel er {width} heeft</translation>
    </message>
    <message>
        <source>{fields} fields where the header has {width}; missing: {missing}</source>
        <translation>{fields} velden waar de kopregel er {width} heeft; ontbreekt: {missing}</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} is geen map</translation>
    </message>
    <message>
        <source>{value!r} is not a valid {column}</source>
        <translation>{value!r} is geen geldige {column}</translation>
    </message>
    <message>
        <source>cannot write here ({reason})</source>
        <translation>kan hier niet schrijven ({reason})</translation>
    </message>
    <message>
        <source>this is a workshop file or part of one; an export never replaces it</source>
        <translation>dit is een trajectbestand of een deel ervan; een export vervangt dat nooit</translation>
    </message>
    <message>
        <source>this is the open workshop file; an export never replaces it</source>
        <translation>dit is het geopende trajectbestand; een export vervangt dat nooit</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or pipe); choose a file</source>
        <translation>dit is geen gewoon bestand (een apparaat of pijp); kies een bestand</translation>
    </message>
    <message>
        <source>this is not a regular file (a device or pipe)</source>
        <translation>dit is geen gewoon bestand (een apparaat of pijp)</translation>
    </message>
    <message>
        <source>the file is too large (at most {most} MB)</source>
        <translation>het bestand is te groot (hoogstens {most} MB)</translation>
    </message>
    <message>
        <source>the header has {count} columns (at most {most})</source>
        <translation>de kopregel heeft {count} kolommen (hoogstens {most})</translation>
    </message>
    <message>
        <source>the header names the column(s) {columns} twice</source>
        <translation>de kopregel noemt de kolom(men) {columns} twee keer</translation>
    </message>
    <message>
        <source>the file contains a NUL byte (it is not a text file)</source>
        <translation>het bestand bevat een NUL-byte (het is geen tekstbestand)</translation>
    </message>
    <message>
        <source>not a workshop export (nested too deeply)</source>
        <translation>geen trajectexport (te diep genest)</translation>
    </message>
    <message>
        <source>the file has a schema revision no Bruinpapier made ({revision})</source>
        <translation>het bestand heeft een schemaversie die geen Bruinpapier maakte ({revision})</translation>
    </message>
    <message>
        <source>the file&apos;s structure is not Bruinpapier&apos;s, so it is not opened: {problems}</source>
        <translation>de opbouw van het bestand is niet die van Bruinpapier, dus het wordt niet geopend: {problems}</translation>
    </message>
    <message>
        <source>the file holds what Bruinpapier cannot show: {problems}</source>
        <translation>het bestand bevat wat Bruinpapier niet kan tonen: {problems}</translation>
    </message>
    <message>
        <source>the file holds what Bruinpapier cannot show ({count} problems, listed above)</source>
        <translation>het bestand bevat wat Bruinpapier niet kan tonen ({count} problemen, hierboven genoemd)</translation>
    </message>
    <message>
        <source>{column} must lie between -{most} and {most} (not {value})</source>
        <translation>{column} moet tussen -{most} en {most} liggen (niet {value})</translation>
    </message>
    <message>
        <source>{column} must be more than 0 and at most {most} (not {value})</source>
        <translation>{column} moet groter zijn dan 0 en hoogstens {most} (niet {value})</translation>
    </message>
    <message>
        <source>the {column} is longer than {most} characters ({length})</source>
        <translation>de {column} is langer dan {most} tekens ({length})</translation>
    </message>
    <message>
        <source>A name may not be empty.</source>
        <translation>Een naam mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Er is niets te wijzigen.</translation>
    </message>
    <message>
        <source>These post-its or clusters are already principles.</source>
        <translation>Deze post-its of clusters zijn al organisatieprincipes.</translation>
    </message>
    <message>
        <source>Choose a theme to keep and at least one other theme.</source>
        <translation>Kies een thema om te houden en minstens één ander thema.</translation>
    </message>
    <message>
        <source>Only post-its and batenlogica elements can be marked.</source>
        <translation>Alleen post-its en elementen van de batenlogica kunnen gemarkeerd worden.</translation>
    </message>
    <message>
        <source>Some of these items no longer exist.</source>
        <translation>Sommige van deze onderdelen bestaan niet meer.</translation>
    </message>
    <message>
        <source>Only werkdruk post-its have an origin.</source>
        <translation>Alleen werkdruk-post-its hebben een herkomst.</translation>
    </message>
    <message>
        <source>These rounds are not all in this session.</source>
        <translation>Deze rondes horen niet allemaal bij deze sessie.</translation>
    </message>
    <message>
        <source>unknown chance {word!r} (expected one of: {allowed})</source>
        <translation>onbekende kans {word!r} (verwacht een van: {allowed})</translation>
    </message>
    <message>
        <source>A score is a whole number from {low} to {high}.</source>
        <translation>Een score is een heel getal van {low} tot en met {high}.</translation>
    </message>
    <message>
        <source>A score is for one theme or one bedoeling.</source>
        <translation>Een score hoort bij één thema of één bedoeling.</translation>
    </message>
    <message>
        <source>This trajectory has no sessions yet; there is no shape to save.</source>
        <translation>Dit traject heeft nog geen sessies; er is geen vorm om op te slaan.</translation>
    </message>
    <message>
        <source>a progress note starts with its date (2026-05-31: text)</source>
        <translation>een voortgangsnotitie begint met de datum (2026-05-31: tekst)</translation>
    </message>
    <message>
        <source>no initiative {initiative!r} in theme {theme!r}</source>
        <translation>geen initiatief {initiative!r} in thema {theme!r}</translation>
    </message>
    <message>
        <source>not a valid template: {reason}</source>
        <translation>geen geldig sjabloon: {reason}</translation>
    </message>
    <message>
        <source>the method&apos;s template is missing</source>
        <translation>het sjabloon van de methode ontbreekt</translation>
    </message>
    <message>
        <source>there is no action with id {id}</source>
        <translation>er is geen activiteit met id {id}</translation>
    </message>
    <message>
        <source>there is no supportgroep meeting {number}</source>
        <translation>er is geen supportgroepbijeenkomst {number}</translation>
    </message>
    <message>
        <source>unknown status {word!r} (expected one of: {allowed})</source>
        <translation>onbekende status {word!r} (verwacht een van: {allowed})</translation>
    </message>
    <message>
        <source>unknown template {id!r} (known: {known})</source>
        <translation>onbekend sjabloon {id!r} (bekend: {known})</translation>
    </message>
    <message>
        <source>{status!r} is not a status (expected one of: {allowed})</source>
        <translation>{status!r} is geen status (verwacht een van: {allowed})</translation>
    </message>
    <message>
        <source>{word!r} is not a date (write it as 2026-05-31)</source>
        <translation>{word!r} is geen datum (schrijf hem als 2026-05-31)</translation>
    </message>
    <message>
        <source>{word!r} is not an action id</source>
        <translation>{word!r} is geen id van een activiteit</translation>
    </message>
    <message>
        <source>give the name of a round after --round</source>
        <translation>geef na --round de naam van een ronde</translation>
    </message>
    <message>
        <source>more than one round is called {name!r}: {rounds}</source>
        <translation>meer dan één ronde heet {name!r}: {rounds}</translation>
    </message>
    <message>
        <source>no round is called {name!r}; the rounds are: {rounds}</source>
        <translation>geen ronde heet {name!r}; de rondes zijn: {rounds}</translation>
    </message>
</context>
<context>
    <name>NewWorkshopWizard</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Group colour</source>
        <translation>Kleur van de geleding</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>purpose</source>
        <translation>bedoeling</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idee</translation>
    </message>
    <message>
        <source>workload</source>
        <translation>werkdruk</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>bestaand</translation>
    </message>
    <message>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>Post-it from a phone</source>
        <translation>Post-it van een telefoon</translation>
    </message>
    <message>
        <source>Edit a post-it from a phone</source>
        <translation>Post-it gewijzigd op een telefoon</translation>
    </message>
    <message>
        <source>Withdraw a post-it</source>
        <translation>Post-it ingetrokken</translation>
    </message>
    <message>
        <source>Dot from a phone</source>
        <translation>Stip van een telefoon</translation>
    </message>
</context>
<context>
    <name>ParticipantsControl</name>
    <message>
        <source>Let &amp;participants join…</source>
        <translation>&amp;Deelnemers laten meedoen…</translation>
    </message>
    <message>
        <source>Participants write and vote from their phones</source>
        <translation>Deelnemers schrijven en stemmen met hun telefoon</translation>
    </message>
    <message>
        <source>Show a round&apos;s board first.</source>
        <translation>Toon eerst het bord van een ronde.</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Let participants join</source>
        <translation>Deelnemers laten meedoen</translation>
    </message>
    <message>
        <source>Collect arrivals in a “Binnengekomen” frame per subgroup</source>
        <translation>Binnenkomende post-its verzamelen in een kader “Binnengekomen” per subgroep</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Save QR cards…</source>
        <translation>QR-kaarten opslaan…</translation>
    </message>
    <message>
        <source>Open vote</source>
        <translation>Stemming openen</translation>
    </message>
    <message>
        <source>Close vote</source>
        <translation>Stemming sluiten</translation>
    </message>
    <message>
        <source>Lock writing</source>
        <translation>Schrijven sluiten</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Stippen per persoon</translation>
    </message>
    <message>
        <source>Could not start: {reason}</source>
        <translation>Starten lukte niet: {reason}</translation>
    </message>
    <message>
        <source>Save QR cards</source>
        <translation>QR-kaarten opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Phones can join.</source>
        <translation>Telefoons kunnen meedoen.</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Niet gestart.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <source>Export picture</source>
        <translation>Afbeelding exporteren</translation>
    </message>
    <message>
        <source>The board of this round</source>
        <translation>Het bord van deze ronde</translation>
    </message>
    <message>
        <source>The batenlogica</source>
        <translation>De batenlogica</translation>
    </message>
    <message>
        <source>PNG (image for slides)</source>
        <translation>PNG (afbeelding voor dia&apos;s)</translation>
    </message>
    <message>
        <source>SVG (scalable drawing)</source>
        <translation>SVG (schaalbare tekening)</translation>
    </message>
    <message>
        <source>1× (as on screen)</source>
        <translation>1× (zoals op het scherm)</translation>
    </message>
    <message>
        <source>2× (sharp on a projector)</source>
        <translation>2× (scherp op een beamer)</translation>
    </message>
    <message>
        <source>3× (for print or a large screen)</source>
        <translation>3× (voor druk of een groot scherm)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Picture of</source>
        <translation>Afbeelding van</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>The benefits logic</source>
        <translation>De batenlogica</translation>
    </message>
</context>
<context>
    <name>PlanRow</name>
    <message>
        <source>New activity of the selected initiative</source>
        <translation>Nieuwe activiteit van het gekozen initiatief</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When (2026-05-31)</source>
        <translation>Wanneer (2026-05-31)</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Activiteit toevoegen</translation>
    </message>
    <message>
        <source>guidelines (richtlijnen)</source>
        <translation>richtlijnen</translation>
    </message>
    <message>
        <source>legislation (wetgeving)</source>
        <translation>wetgeving</translation>
    </message>
    <message>
        <source>procurement (aanbesteding)</source>
        <translation>aanbesteding</translation>
    </message>
    <message>
        <source>other framework</source>
        <translation>ander kader</translation>
    </message>
    <message>
        <source>What needs to change</source>
        <translation>Wat moet er veranderen</translation>
    </message>
    <message>
        <source>Add framework</source>
        <translation>Kader toevoegen</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Laatste voortgang</translation>
    </message>
    <message>
        <source>When (2026-05-31)</source>
        <translation>Wanneer (2026-05-31)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Voortgangsnotitie</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notitie toevoegen</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projecteren</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>running</source>
        <translation>loopt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestopt</translation>
    </message>
    <message>
        <source>%1 activities; %2 overdue on %3</source>
        <translation>%1 activiteiten; %2 over de datum op %3</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — te laat</translation>
    </message>
    <message>
        <source>Change follow-up</source>
        <translation>Opvolging wijzigen</translation>
    </message>
    <message>
        <source>Add progress</source>
        <translation>Voortgang toevoegen</translation>
    </message>
</context>
<context>
    <name>ProjectionView</name>
    <message>
        <source>Projected board</source>
        <translation>Geprojecteerd bord</translation>
    </message>
</context>
<context>
    <name>ProjectorPane</name>
    <message>
        <source>frozen</source>
        <translation>bevroren</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Bruinpapier – projection</source>
        <translation>Bruinpapier – projectie</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <source>One idea per line…</source>
        <translation>Eén idee per regel…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add one post-it per line (Ctrl+Enter)</source>
        <translation>Eén post-it per regel toevoegen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Subgroup:</source>
        <translation>Subgroep:</translation>
    </message>
    <message numerus="yes">
        <source>Add %n post-it(s)</source>
        <translation>
            <numerusform>%n post-it toevoegen</numerusform>
            <numerusform>%n post-its toevoegen</numerusform>
        </translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(zonder naam)</translation>
    </message>
</context>
<context>
    <name>RoundHeader</name>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>This round is closed: its board is kept as it was left.</source>
        <translation>Deze ronde is gesloten: het bord blijft zoals het is achtergelaten.</translation>
    </message>
</context>
<context>
    <name>RoundNotesDialog</name>
    <message>
        <source>Minutes of the round</source>
        <translation>Notulen van de ronde</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Notulen:</translation>
    </message>
    <message>
        <source>Work form:</source>
        <translation>Werkvorm:</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(niet gekozen)</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Notulen opslaan</translation>
    </message>
    <message>
        <source>Choose work form</source>
        <translation>Werkvorm kiezen</translation>
    </message>
</context>
<context>
    <name>RoundsPage</name>
    <message>
        <source>Sessions and rounds</source>
        <translation>Sessies en rondes</translation>
    </message>
    <message>
        <source>Untick what you do not need. Double-click a title to change it; the question of the selected round is below.</source>
        <translation>Vink uit wat je niet nodig hebt. Dubbelklik op een titel om die te wijzigen; de vraag van de geselecteerde ronde staat hieronder.</translation>
    </message>
    <message>
        <source>Session / round</source>
        <translation>Sessie / ronde</translation>
    </message>
    <message>
        <source>Subgroups</source>
        <translation>Subgroepen</translation>
    </message>
    <message>
        <source>Question of the round</source>
        <translation>Vraag van de ronde</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>one per stakeholder group</source>
        <translation>één per geleding</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemengd</translation>
    </message>
    <message>
        <source>one per theme</source>
        <translation>één per thema</translation>
    </message>
    <message>
        <source>free</source>
        <translation>vrij</translation>
    </message>
</context>
<context>
    <name>RowTable</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>The first %n results</source>
        <translation>
            <numerusform>Het eerste resultaat</numerusform>
            <numerusform>De eerste %n resultaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Find post-its</source>
        <translation>Post-its zoeken</translation>
    </message>
    <message>
        <source>Search the text of every post-it in every round</source>
        <translation>Zoek in de tekst van alle post-its in alle rondes</translation>
    </message>
</context>
<context>
    <name>SessionControls</name>
    <message>
        <source>Close round</source>
        <translation>Ronde sluiten</translation>
    </message>
    <message>
        <source>Reopen round</source>
        <translation>Ronde heropenen</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Theme forms</source>
        <translation>Thema-uitwerking</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Sneltoets</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>The change was refused.</source>
        <translation>De wijziging is geweigerd.</translation>
    </message>
</context>
<context>
    <name>TemplateNameDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
</context>
<context>
    <name>ThemeForms</name>
    <message>
        <source>What are we already doing?</source>
        <translation>Wat doen we al?</translation>
    </message>
    <message>
        <source>Which innovative initiatives?</source>
        <translation>Welke vernieuwende initiatieven?</translation>
    </message>
    <message>
        <source>Which chances to reduce workload?</source>
        <translation>Welke kansen om werkdruk te verlagen?</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Round to take post-its from</source>
        <translation>Ronde om post-its uit over te nemen</translation>
    </message>
    <message>
        <source>Take over from the board</source>
        <translation>Overnemen van het bord</translation>
    </message>
    <message>
        <source>The post-its of the theme subgroups become the lines of these lists</source>
        <translation>De post-its van de themasubgroepen worden de regels van deze lijsten</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Thema:</translation>
    </message>
    <message>
        <source>From round:</source>
        <translation>Uit ronde:</translation>
    </message>
    <message>
        <source>There is no theme round to take post-its from.</source>
        <translation>Er is geen themaronde om post-its uit over te nemen.</translation>
    </message>
</context>
<context>
    <name>TimerDisplay</name>
    <message>
        <source>Round timer</source>
        <translation>Rondetimer</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Instellen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>+1 minute</source>
        <translation>+1 minuut</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
</context>
<context>
    <name>TrajectoryMenu</name>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Bijeenkomsten…</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <source>M&amp;easurements…</source>
        <translation>&amp;Metingen…</translation>
    </message>
    <message>
        <source>Minutes of the &amp;round…</source>
        <translation>Notulen van de &amp;ronde…</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>Opslaan als &amp;sjabloon…</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Opslaan als sjabloon</translation>
    </message>
    <message>
        <source>Saved as template “%1”; choose it for a new trajectory with bruinpapier new FILE --template %2.</source>
        <translation>Opgeslagen als sjabloon “%1”; kies het voor een nieuw traject met bruinpapier new BESTAND --template %2.</translation>
    </message>
    <message>
        <source>Saved as template “%1”; choose it for a new trajectory in File → New, or with bruinpapier new FILE --template %2.</source>
        <translation>Bewaard als sjabloon “%1”; kies het voor een nieuw traject bij Bestand → Nieuw, of met bruinpapier new BESTAND --template %2.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPage</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Which school, and who leads the sessions?</source>
        <translation>Welke school, en wie leidt de sessies?</translation>
    </message>
    <message>
        <source>e.g. Werken vanuit de bedoeling 2026</source>
        <translation>bijv. Werken vanuit de bedoeling 2026</translation>
    </message>
    <message>
        <source>First session on:</source>
        <translation>Eerste sessie op:</translation>
    </message>
    <message>
        <source>Name of the trajectory:</source>
        <translation>Naam van het traject:</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>School:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Begeleider:</translation>
    </message>
    <message>
        <source>Method template:</source>
        <translation>Methodesjabloon:</translation>
    </message>
</context>
<context>
    <name>VoteMode</name>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Take back vote</source>
        <translation>Stem terugnemen</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Vote mode</source>
        <translation>Stemmodus</translation>
    </message>
    <message>
        <source>Click a post-it: +1 vote. Shift+click or right click: −1. Keys + and − vote on the selected post-its.</source>
        <translation>Klik op een post-it: +1 stem. Shift+klik of rechtsklik: −1. De toetsen + en − stemmen op de geselecteerde post-its.</translation>
    </message>
    <message>
        <source>Count votes in</source>
        <translation>Stemmen tellen in</translation>
    </message>
    <message>
        <source>Most votes</source>
        <translation>Meeste stemmen</translation>
    </message>
    <message>
        <source>Highlight on the board</source>
        <translation>Op het bord markeren</translation>
    </message>
    <message>
        <source>Count in:</source>
        <translation>Tellen in:</translation>
    </message>
    <message>
        <source>Top:</source>
        <translation>Top:</translation>
    </message>
    <message>
        <source>The whole round</source>
        <translation>De hele ronde</translation>
    </message>
    <message>
        <source>Subgroup: %1</source>
        <translation>Subgroep: %1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Capture and cluster the post-its of a brown-paper session. Everything is saved automatically, the moment you make a change.</source>
        <translation>Leg de post-its van een bruinpapiersessie vast en cluster ze. Alles wordt automatisch bewaard, op het moment dat je iets verandert.</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nieuw traject…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo openen</translation>
    </message>
    <message>
        <source>Recently opened</source>
        <translation>Recent geopend</translation>
    </message>
</context>
<context>
    <name>WorkshopTree</name>
    <message>
        <source>Untitled workshop</source>
        <translation>Traject zonder naam</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sessie op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n post-it(s)</source>
        <translation>
            <numerusform>%n post-it</numerusform>
            <numerusform>%n post-its</numerusform>
        </translation>
    </message>
    <message>
        <source>closed round: reopen it to change its board</source>
        <translation>gesloten ronde: heropen haar om het bord te wijzigen</translation>
    </message>
    <message>
        <source>Double-click to save the report as a PDF</source>
        <translation>Dubbelklik om het rapport als PDF te bewaren</translation>
    </message>
    <message>
        <source>Batenlogica</source>
        <translation>Batenlogica</translation>
    </message>
    <message>
        <source>The cause–effect diagram from solutions and activities to the purpose</source>
        <translation>Het oorzaak-gevolgdiagram van oplossingen en activiteiten naar de bedoeling</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Benefits logic</source>
        <translation>Batenlogica</translation>
    </message>
</context>
<context>
    <name>School</name>
    <message>
        <source>&amp;No chance</source>
        <translation>&amp;Geen kans</translation>
    </message>
    <message>
        <source>&amp;Sessions and rounds…</source>
        <translation>&amp;Sessies en rondes…</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>&amp;Workload origin</source>
        <translation>&amp;Herkomst werkdruk</translation>
    </message>
    <message>
        <source>Add plenary round</source>
        <translation>Plenaire ronde toevoegen</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sessie toevoegen</translation>
    </message>
    <message>
        <source>Add the principle typed beside the list</source>
        <translation>Het principe toevoegen dat naast de lijst is getypt</translation>
    </message>
    <message>
        <source>As the &amp;benefits logic says</source>
        <translation>Zoals de &amp;batenlogica zegt</translation>
    </message>
    <message>
        <source>Brown paper</source>
        <translation>Bruin papier</translation>
    </message>
    <message>
        <source>C&amp;hance</source>
        <translation>&amp;Kans</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Met datum</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Edit round</source>
        <translation>Ronde wijzigen</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sessie wijzigen</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Free round</source>
        <translation>Vrije ronde</translation>
    </message>
    <message>
        <source>From &amp;systems and ways of working</source>
        <translation>Uit &amp;systemen en manier van werken</translation>
    </message>
    <message>
        <source>From working on the &amp;purpose</source>
        <translation>Uit het werken aan de &amp;bedoeling</translation>
    </message>
    <message>
        <source>ICT chance for lowering &amp;workload</source>
        <translation>ICT-kans voor &amp;werkdrukverlaging</translation>
    </message>
    <message>
        <source>ICT chance for the &amp;purpose</source>
        <translation>ICT-kans voor de &amp;bedoeling</translation>
    </message>
    <message>
        <source>Kind of round</source>
        <translation>Soort ronde</translation>
    </message>
    <message>
        <source>Mark chance</source>
        <translation>Kans markeren</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Merge into current…</source>
        <translation>Samenvoegen met het huidige…</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Organisation &amp;principles…</source>
        <translation>Organisatie&amp;principes…</translation>
    </message>
    <message>
        <source>Organisation principles</source>
        <translation>Organisatieprincipes</translation>
    </message>
    <message>
        <source>Other &amp;improvement chance</source>
        <translation>Andere &amp;verbeterkans</translation>
    </message>
    <message>
        <source>Per policy theme</source>
        <translation>Per beleidsthema</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenair</translation>
    </message>
    <message>
        <source>Plenary (everyone together)</source>
        <translation>Plenair (iedereen samen)</translation>
    </message>
    <message>
        <source>Policy &amp;themes…</source>
        <translation>Beleids&amp;thema&apos;s…</translation>
    </message>
    <message>
        <source>Policy themes</source>
        <translation>Beleidsthema&apos;s</translation>
    </message>
    <message>
        <source>Purpose (per stakeholder group)</source>
        <translation>Bedoeling (per geleding)</translation>
    </message>
    <message>
        <source>Question(s)</source>
        <translation>Vraag of vragen</translation>
    </message>
    <message>
        <source>Reorder</source>
        <translation>Volgorde wijzigen</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Ronde %1</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <source>Select post-its or elements first</source>
        <translation>Selecteer eerst post-its of elementen</translation>
    </message>
    <message>
        <source>Select werkdruk post-its first</source>
        <translation>Selecteer eerst werkdruk-post-its</translation>
    </message>
    <message>
        <source>Selection → p&amp;rinciples</source>
        <translation>Selectie → p&amp;rincipes</translation>
    </message>
    <message>
        <source>Selection → principles</source>
        <translation>Selectie → principes</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessie %1</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Themakleur</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Undo brings everything back.</source>
        <translation>Ongedaan maken brengt alles terug.</translation>
    </message>
    <message>
        <source>Werkdruk %1 (benefits logic: %2)</source>
        <translation>Werkdruk %1 (batenlogica: %2)</translation>
    </message>
    <message>
        <source>Working out initiatives</source>
        <translation>Uitwerking initiatieven</translation>
    </message>
    <message>
        <source>Workload origin</source>
        <translation>Herkomst werkdruk</translation>
    </message>
    <message>
        <source>Fold the other selected themes into the current one</source>
        <translation>De andere geselecteerde thema&apos;s samenvoegen met het huidige</translation>
    </message>
    <message>
        <source>Session “%1” will be deleted with its %2 round(s) and %3 post-it(s).</source>
        <translation>Sessie “%1” wordt verwijderd, met %2 ronde(s) en %3 post-it(s).</translation>
    </message>
    <message>
        <source>Round “%1” will be deleted with its %2 subgroup(s) and %3 post-it(s).</source>
        <translation>Ronde “%1” wordt verwijderd, met %2 subgroep(en) en %3 post-it(s).</translation>
    </message>
    <message numerus="yes">
        <source>Marked %n item(s): %1</source>
        <translation>
            <numerusform>%n onderdeel gemarkeerd: %1</numerusform>
            <numerusform>%n onderdelen gemarkeerd: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add round</source>
        <translation>Ronde toevoegen</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Select post-its or clusters first</source>
        <translation>Selecteer eerst post-its of clusters</translation>
    </message>
    <message>
        <source>Sessions and rounds</source>
        <translation>Sessies en rondes</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Chance: %1</source>
        <translation>Kans: %1</translation>
    </message>
    <message>
        <source>Werkdruk %1 (by hand; benefits logic: %2)</source>
        <translation>Werkdruk %1 (met de hand; batenlogica: %2)</translation>
    </message>
    <message>
        <source>Werkdruk %1</source>
        <translation>Werkdruk %1</translation>
    </message>
</context>
<context>
    <name>ExceptionGuard</name>
    <message>
        <source>Something went wrong</source>
        <translation>Er ging iets mis</translation>
    </message>
    <message>
        <source>Something went wrong while doing: %1.</source>
        <translation>Er ging iets mis bij: %1.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation>Er ging onverwacht iets mis.</translation>
    </message>
    <message>
        <source>Everything saved is safe: each change is saved the moment it is made. The last action may not have been done; check it and try again.</source>
        <translation>Alles wat is opgeslagen is veilig: elke wijziging wordt meteen bewaard. De laatste handeling is misschien niet uitgevoerd; kijk het na en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The details are in %1.</source>
        <translation>De details staan in %1.</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source>The purpose per stakeholder group</source>
        <translation>De bedoeling per geleding</translation>
    </message>
    <message>
        <source>Themes and chosen initiatives</source>
        <translation>Beleidsthema&apos;s en gekozen initiatieven</translation>
    </message>
    <message>
        <source>Organisation principles</source>
        <translation>Organisatieprincipes</translation>
    </message>
    <message>
        <source>From working on the purpose</source>
        <translation>Vanuit het werken aan de bedoeling</translation>
    </message>
    <message>
        <source>From systems and ways of working</source>
        <translation>Vanuit systemen en manier van werken</translation>
    </message>
    <message>
        <source>Origin not yet chosen</source>
        <translation>Herkomst nog niet gekozen</translation>
    </message>
    <message>
        <source>Workload by origin</source>
        <translation>Werkdruk naar herkomst</translation>
    </message>
</context>
<context>
    <name>PageDeck</name>
    <message>
        <source>Benefits logic</source>
        <translation>Batenlogica</translation>
    </message>
</context>
<context>
    <name>SessionKindDialog</name>
    <message>
        <source>Add session</source>
        <translation>Sessie toevoegen</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Working session (werksessie)</source>
        <translation>Werksessie</translation>
    </message>
    <message>
        <source>Evaluation (evaluatie)</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Supportgroep meeting</source>
        <translation>Bijeenkomst van de supportgroep</translation>
    </message>
    <message>
        <source>Brown-paper session</source>
        <translation>Bruinpapiersessie</translation>
    </message>
    <message>
        <source>Analysis (analyse)</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Presentation (presentatie)</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <source>Title (the kind when left empty)</source>
        <translation>Titel (leeg: de soort)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Op:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
</context>
<context>
    <name>TemplateChoice</name>
    <message>
        <source>Method template</source>
        <translation>Methodesjabloon</translation>
    </message>
    <message>
        <source>Brown-paper sessions only (the method&apos;s two sessions)</source>
        <translation>Alleen bruinpapiersessies (de twee sessies van de methode)</translation>
    </message>
    <message>
        <source>Topics, one per line:</source>
        <translation>Onderwerpen, één per regel:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Purpose, brown paper, themes and elaboration in two sessions.</source>
        <translation>Bedoeling, bruin papier, thema&apos;s en uitwerking in twee sessies.</translation>
    </message>
</context>
</TS>
