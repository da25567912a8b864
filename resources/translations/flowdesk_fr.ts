<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ProfileReport</name>
    <message>
        <source>Flow monitoring is an indication of trends, not a representative sample.</source>
        <translation>Le suivi des flux donne une indication des tendances, pas un échantillon représentatif.</translation>
    </message>
    <message>
        <source>split by %1</source>
        <translation>réparti par %1</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Refusing to write a report whose small cells are not protected.</source>
        <translation>Refus d&apos;écrire un rapport dont les petites cellules ne sont pas protégées.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>no interviews</source>
        <translation>aucun entretien</translation>
    </message>
    <message>
        <source>Office: %1</source>
        <translation>Bureau : %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filtres : %1</translation>
    </message>
    <message>
        <source>Interviews: %1</source>
        <translation>Entretiens : %1</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Préparé le %1</translation>
    </message>
    <message>
        <source>Prepared %1 by %2</source>
        <translation>Préparé le %1 par %2</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Impossible d&apos;écrire le rapport dans %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation>n = %1 %2</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Bringing the case list up to date (error and warning counts, labels)…</source>
        <translation>Mise à jour de la liste des entretiens (nombres d&apos;erreurs et d&apos;avertissements, libellés)…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des entretiens</translation>
    </message>
    <message>
        <source>The case list could not be brought up to date; its error and warning counts may be out of date.

%1</source>
        <translation>La liste des entretiens n&apos;a pas pu être mise à jour ; ses nombres d&apos;erreurs et d&apos;avertissements peuvent être périmés.

%1</translation>
    </message>
    <message>
        <source>FlowDesk</source>
        <translation>FlowDesk</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the demo database %1:
%2</source>
        <translation>Impossible de créer la base de démonstration %1 :
%2</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1 :
%2</translation>
    </message>
    <message>
        <source>Offline Flow Monitoring Survey desk.</source>
        <translation>Poste hors ligne pour les enquêtes de suivi des flux.</translation>
    </message>
    <message>
        <source>Database to open (default: the demo database, made on first start).</source>
        <translation>Base de données à ouvrir (par défaut : la base de démonstration, créée au premier lancement).</translation>
    </message>
</context>
<context>
    <name>flowdesk</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>flowdesk::Accounts</name>
    <message>
        <source>An account name has 1 to 64 characters.</source>
        <translation>Un nom de compte a de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>The account name &apos;%1&apos; has a space or a control character: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Le nom de compte « %1 » contient une espace ou un caractère de contrôle : utilisez des lettres, des chiffres, « . », « - » ou « _ ».</translation>
    </message>
    <message>
        <source>A password has at least 4 characters.</source>
        <translation>Un mot de passe a au moins 4 caractères.</translation>
    </message>
    <message>
        <source>There is no account &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>There is already an account &apos;%1&apos;.</source>
        <translation>Il existe déjà un compte « %1 ».</translation>
    </message>
    <message>
        <source>This database already has accounts: an administrator adds the others.</source>
        <translation>Cette base de données a déjà des comptes : un administrateur ajoute les autres.</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>Nom de compte ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is locked after too many failed logins; try again in %2 minute(s), or ask an administrator to reset the password.</source>
        <translation>Le compte « %1 » est verrouillé après trop d&apos;échecs de connexion ; réessayez dans %2 minute(s), ou demandez à un administrateur de réinitialiser le mot de passe.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled.</source>
        <translation>Le compte « %1 » est désactivé.</translation>
    </message>
    <message>
        <source>Wrong password %1 times in a row: the account &apos;%2&apos; is locked for %3 minutes.</source>
        <translation>Mot de passe incorrect %1 fois de suite : le compte « %2 » est verrouillé pendant %3 minutes.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The account &apos;%1&apos; is disabled or removed: log in again.</source>
        <translation>Le compte « %1 » est désactivé ou supprimé : reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>flowdesk::AcknowledgeQuestion</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>flowdesk::AnswerSheetView</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Checks and comments</source>
        <translation>Contrôles et commentaires</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Warning accepted (%1): %2</source>
        <translation>Avertissement accepté (%1) : %2</translation>
    </message>
    <message>
        <source>%1 comment(s)</source>
        <translation>%1 commentaire(s)</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseFilterPanel</name>
    <message>
        <source>&amp;Enumerator</source>
        <translation>&amp;Enquêteur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Search label, enumerator, answers…</source>
        <translation>Rechercher libellé, enquêteur, réponses…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Who and when</source>
        <translation>Qui et quand</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>With e&amp;rrors</source>
        <translation>Avec e&amp;rreurs</translation>
    </message>
    <message>
        <source>With &amp;warnings</source>
        <translation>Avec a&amp;vertissements</translation>
    </message>
    <message>
        <source>With co&amp;mments</source>
        <translation>Avec co&amp;mmentaires</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseListModel</name>
    <message>
        <source>Interview %1 · %2</source>
        <translation>Entretien %1 · %2</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>flowdesk::CaseListPage</name>
    <message>
        <source>&amp;Approve selected</source>
        <translation>&amp;Approuver la sélection</translation>
    </message>
    <message>
        <source>&amp;Approve %1 selected</source>
        <translation>&amp;Approuver les %1 sélectionnés</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>1 interview</source>
        <translation>1 entretien</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 entretiens</translation>
    </message>
    <message>
        <source>Approved %1 of %2 selected.</source>
        <translation>%1 sur %2 sélectionnés approuvés.</translation>
    </message>
    <message>
        <source>Left as they were:</source>
        <translation>Laissés tels quels :</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
</context>
<context>
    <name>flowdesk::ChartCard</name>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the table of %1</source>
        <translation>Afficher le tableau de %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Small cells are shown: switch protection on to export.</source>
        <translation>Les petites cellules sont affichées : activez la protection pour exporter.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the chart %1</source>
        <translation>Modifier le graphique %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the chart %1</source>
        <translation>Retirer le graphique %1</translation>
    </message>
    <message>
        <source>n = %1 %2</source>
        <translation>n = %1 %2</translation>
    </message>
    <message>
        <source> · counts below %1 shown as &lt;%1</source>
        <translation> · effectifs inférieurs à %1 affichés comme &lt;%1</translation>
    </message>
    <message>
        <source> · small cells NOT protected (on screen only)</source>
        <translation> · petites cellules NON protégées (à l&apos;écran seulement)</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Graphique : %1</translation>
    </message>
    <message>
        <source>Table: %1</source>
        <translation>Tableau : %1</translation>
    </message>
    <message>
        <source>n (%1)</source>
        <translation>n (%1)</translation>
    </message>
    <message>
        <source>Not drawn, fewer than %1: %2. </source>
        <translation>Non dessinés, moins de %1 : %2. </translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;Table as CSV (*.csv);;Table as XLSX (*.xlsx)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg);;Tableau en CSV (*.csv);;Tableau en XLSX (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ChartEditDialog</name>
    <message>
        <source>Add a chart</source>
        <translation>Ajouter un graphique</translation>
    </message>
    <message>
        <source>Edit the chart</source>
        <translation>Modifier le graphique</translation>
    </message>
    <message>
        <source> [per person: %1]</source>
        <translation> [par personne : %1]</translation>
    </message>
    <message>
        <source>Children on the move (key figures)</source>
        <translation>Enfants en déplacement (chiffres clés)</translation>
    </message>
    <message>
        <source>Interviews over time by flow monitoring point</source>
        <translation>Entretiens dans le temps par point de suivi des flux</translation>
    </message>
    <message>
        <source>No split</source>
        <translation>Sans répartition</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>Stacked bars</source>
        <translation>Barres empilées</translation>
    </message>
    <message>
        <source>Pie</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <source>Split by</source>
        <translation>Répartir par</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>The question&apos;s label</source>
        <translation>Le libellé de la question</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Split by:</source>
        <translation>&amp;Répartir par :</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre :</translation>
    </message>
</context>
<context>
    <name>flowdesk::CommentThread</name>
    <message>
        <source>&amp;Hide my comment</source>
        <translation>&amp;Masquer mon commentaire</translation>
    </message>
    <message>
        <source>Write a comment and press Enter</source>
        <translation>Écrivez un commentaire et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Pas encore de commentaire.</translation>
    </message>
</context>
<context>
    <name>flowdesk::ConflictListModel</name>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>theirs taken by %1</source>
        <translation>leur version retenue par %1</translation>
    </message>
    <message>
        <source>ours kept by %1</source>
        <translation>notre version gardée par %1</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>flowdesk::ConflictView</name>
    <message>
        <source>Import Conflicts</source>
        <translation>Conflits d&apos;importation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>La nôtre</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>A reviewer, supervisor or administrator decides conflicts.</source>
        <translation>Un vérificateur, un superviseur ou un administrateur tranche les conflits.</translation>
    </message>
    <message>
        <source>No open import conflicts.</source>
        <translation>Aucun conflit d&apos;importation en cours.</translation>
    </message>
    <message>
        <source>Interview %1 (%2) came again in batch %3 with other answers. Pick which copy to keep.</source>
        <translation>L&apos;entretien %1 (%2) est revenu dans le lot %3 avec d&apos;autres réponses. Choisissez la copie à garder.</translation>
    </message>
    <message>
        <source>Conflict %1: their answers taken.</source>
        <translation>Conflit %1 : leurs réponses ont été prises.</translation>
    </message>
    <message>
        <source>Conflict %1: our answers kept.</source>
        <translation>Conflit %1 : nos réponses ont été gardées.</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Show &amp;decided</source>
        <translation>Afficher les &amp;tranchés</translation>
    </message>
    <message>
        <source>Keep &amp;Ours</source>
        <translation>Garder la &amp;nôtre</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>Prendre la &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Batch:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>All batches</source>
        <translation>Tous les lots</translation>
    </message>
    <message numerus="yes">
        <source>%n open conflict(s) (of %1)</source>
        <translation>
            <numerusform>%n conflit ouvert (sur %1)</numerusform>
            <numerusform>%n conflits ouverts (sur %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>No import conflicts.</source>
        <translation>Aucun conflit d&apos;import.</translation>
    </message>
    <message>
        <source>Interview %1 (%2), batch %3: %4 on %5. The differences with the interview as it is now:</source>
        <translation>Entretien %1 (%2), lot %3 : %4 le %5. Les différences avec l&apos;entretien tel qu&apos;il est maintenant :</translation>
    </message>
    <message numerus="yes">
        <source>Take theirs for %n interview(s)?</source>
        <translation>
            <numerusform>Prendre leur version pour %n entretien ?</numerusform>
            <numerusform>Prendre leur version pour %n entretiens ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep ours for %n interview(s)?</source>
        <translation>
            <numerusform>Garder notre version pour %n entretien ?</numerusform>
            <numerusform>Garder notre version pour %n entretiens ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide Conflicts</source>
        <translation>Trancher les conflits</translation>
    </message>
    <message>
        <source>Conflict %1 (interview %2) was not decided: %3</source>
        <translation>Le conflit %1 (entretien %2) n&apos;a pas été tranché : %3</translation>
    </message>
    <message numerus="yes">
        <source>The %n decided before it stay decided.</source>
        <translation>
            <numerusform>Celui tranché avant reste tranché.</numerusform>
            <numerusform>Les %n tranchés avant restent tranchés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): their answers taken.</source>
        <translation>
            <numerusform>%n conflit : leurs réponses retenues.</numerusform>
            <numerusform>%n conflits : leurs réponses retenues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s): our answers kept.</source>
        <translation>
            <numerusform>%n conflit : nos réponses gardées.</numerusform>
            <numerusform>%n conflits : nos réponses gardées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdesk::EntryForm</name>
    <message>
        <source>The saved answer is back.</source>
        <translation>La réponse enregistrée est rétablie.</translation>
    </message>
    <message>
        <source>Answer to “%1”</source>
        <translation>Réponse à « %1 »</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>End of the form: Ctrl+Enter completes the interview.</source>
        <translation>Fin du formulaire : Ctrl+Entrée termine l&apos;entretien.</translation>
    </message>
    <message>
        <source>This is the first question.</source>
        <translation>C&apos;est la première question.</translation>
    </message>
    <message>
        <source>This is the last entry.</source>
        <translation>C&apos;est la dernière occurrence.</translation>
    </message>
    <message>
        <source>This is the first entry.</source>
        <translation>C&apos;est la première occurrence.</translation>
    </message>
    <message>
        <source>There is no repeat here to add to.</source>
        <translation>Il n&apos;y a pas ici de groupe répété auquel ajouter.</translation>
    </message>
    <message>
        <source>Entry %1 added</source>
        <translation>Occurrence %1 ajoutée</translation>
    </message>
    <message>
        <source>Entry %1 added.</source>
        <translation>Occurrence %1 ajoutée.</translation>
    </message>
    <message>
        <source>Go to an entry of a repeat to remove it.</source>
        <translation>Allez sur une occurrence d&apos;un groupe répété pour la retirer.</translation>
    </message>
    <message>
        <source>Entry %1 removed</source>
        <translation>Occurrence %1 retirée</translation>
    </message>
    <message>
        <source>Entry %1 removed.</source>
        <translation>Occurrence %1 retirée.</translation>
    </message>
    <message>
        <source>Entry %1 is back.</source>
        <translation>L&apos;occurrence %1 est rétablie.</translation>
    </message>
    <message>
        <source>Answer kept: %1</source>
        <translation>Réponse gardée : %1</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>Guidé</translation>
    </message>
    <message>
        <source>Paper keying</source>
        <translation>Saisie papier</translation>
    </message>
    <message>
        <source>Complete interview</source>
        <translation>Terminer l&apos;entretien</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Paper keying: values outside the range can be kept with a reason.</source>
        <translation>Saisie papier : les valeurs hors limites peuvent être gardées avec une raison.</translation>
    </message>
    <message>
        <source>Guided: only valid values pass.</source>
        <translation>Guidé : seules les valeurs valides passent.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Interview completed.</source>
        <translation>Entretien terminé.</translation>
    </message>
    <message>
        <source>Enter on an error goes to its question.</source>
        <translation>Entrée sur une erreur mène à sa question.</translation>
    </message>
    <message>
        <source>Guided: only valid values pass. Paper keying: a value outside the range can be kept as written, with a reason, and a full number box moves on by itself. Ctrl+M switches.</source>
        <translation>Guidé : seules les valeurs valides passent. Saisie papier : une valeur hors limites peut être gardée telle qu&apos;écrite, avec une raison, et une case numérique remplie passe d&apos;elle-même à la suivante. Ctrl+M bascule.</translation>
    </message>
    <message>
        <source>No questions here yet: Ctrl++ adds an entry, Ctrl+PgDown goes on.</source>
        <translation>Pas encore de questions ici : Ctrl++ ajoute une occurrence, Ctrl+Pg suiv continue.</translation>
    </message>
</context>
<context>
    <name>flowdesk::EntryPage</name>
    <message>
        <source>The database holds no questionnaire to enter interviews with.</source>
        <translation>La base de données ne contient aucun questionnaire pour saisir des entretiens.</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
</context>
<context>
    <name>flowdesk::EnumeratorHome</name>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>%1 · last changed %2</source>
        <translation>%1 · modifié le %2</translation>
    </message>
    <message>
        <source>&amp;New interview</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Bienvenue, %1</translation>
    </message>
    <message>
        <source>Start an interview, go on with a draft, or fix one a reviewer sent back.</source>
        <translation>Commencez un entretien, poursuivez un brouillon ou corrigez celui qu&apos;un vérificateur a renvoyé.</translation>
    </message>
    <message>
        <source>My &amp;drafts (%1)</source>
        <translation>Mes &amp;brouillons (%1)</translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation>Renvoyé : %1</translation>
    </message>
    <message>
        <source>My &amp;rejected interviews (%1)</source>
        <translation>Mes entretiens &amp;rejetés (%1)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ExportBatchDialog</name>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Stata (.dta)</source>
        <translation>Stata (.dta)</translation>
    </message>
    <message>
        <source>SPSS (.sav)</source>
        <translation>SPSS (.sav)</translation>
    </message>
    <message>
        <source>Include personal data (questions marked pii) in this batch</source>
        <translation>Inclure les données personnelles (questions pii) dans ce lot</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export Batch</source>
        <translation>Exporter un lot</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l&apos;entretien</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>All enumerators</source>
        <translation>Tous les enquêteurs</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>KoBoToolbox (default)</source>
        <translation>KoBoToolbox (par défaut)</translation>
    </message>
    <message>
        <source>ODK Central</source>
        <translation>ODK Central</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Names and phone numbers leave the office in this batch. The choice is recorded in the audit log and in the batch&apos;s manifest.</source>
        <translation>Des noms et des numéros de téléphone quittent le bureau dans ce lot. Ce choix est consigné dans le journal d&apos;audit et dans le manifeste du lot.</translation>
    </message>
    <message>
        <source>Only a supervisor can include personal data.</source>
        <translation>Seul un superviseur peut inclure des données personnelles.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) will be exported.</source>
        <translation>
            <numerusform>%n entretien sera exporté.</numerusform>
            <numerusform>%n entretiens seront exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the batch into</source>
        <translation>Exporter le lot dans</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %n interview(s) exported to %2 and %3.</source>
        <translation>
            <numerusform>Lot %1 : %n entretien exporté vers %2 et %3.</numerusform>
            <numerusform>Lot %1 : %n entretiens exportés vers %2 et %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>A new batch: approved, not yet exported</source>
        <translation>Un nouveau lot : entretiens approuvés, pas encore exportés</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 again (%n interview(s), %2)</source>
        <translation>
            <numerusform>Lot %1 à nouveau (%n entretien, %2)</numerusform>
            <numerusform>Lot %1 à nouveau (%n entretiens, %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wide (repeat answers as numbered columns)</source>
        <translation>Large (réponses des groupes répétés en colonnes numérotées)</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s) will be written again, with the batch&apos;s own layout and personal data choice; their status does not change.</source>
        <translation>
            <numerusform>%n entretien sera réécrit, avec la disposition et le choix de données personnelles propres au lot ; son statut ne change pas.</numerusform>
            <numerusform>%n entretiens seront réécrits, avec la disposition et le choix de données personnelles propres au lot ; leur statut ne change pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>With their &amp;groups (group/question)</source>
        <translation>Avec leurs &amp;groupes (groupe/question)</translation>
    </message>
    <message>
        <source>&amp;Quote every field</source>
        <translation>&amp;Guillemets autour de chaque champ</translation>
    </message>
    <message>
        <source>Byte order &amp;mark, so that Excel opens the CSV as UTF-8</source>
        <translation>&amp;Marque d&apos;ordre des octets, pour qu&apos;Excel ouvre le CSV en UTF-8</translation>
    </message>
    <message>
        <source>Names (as in the XLSForm)</source>
        <translation>Noms (comme dans le XLSForm)</translation>
    </message>
    <message>
        <source>Labels in %1</source>
        <translation>Libellés en %1</translation>
    </message>
    <message>
        <source>The CSV and XLSX column names. Stata and SPSS files keep the names, with the labels as variable labels.</source>
        <translation>Les noms des colonnes des CSV et XLSX. Les fichiers Stata et SPSS gardent les noms, avec les libellés comme étiquettes de variables.</translation>
    </message>
    <message>
        <source>Column &amp;names</source>
        <translation>&amp;Noms des colonnes</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>CSV &amp;separator</source>
        <translation>&amp;Séparateur CSV</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
</context>
<context>
    <name>flowdesk::FirstAdministratorDialog</name>
    <message>
        <source>New database — FlowDesk</source>
        <translation>Nouvelle base de données — FlowDesk</translation>
    </message>
    <message>
        <source>&amp;Administrator:</source>
        <translation>&amp;Administrateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Create and log in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>Create the administrator</source>
        <translation>Créer l&apos;administrateur</translation>
    </message>
    <message>
        <source>%1 has no accounts yet. The administrator adds the office&apos;s other accounts.</source>
        <translation>%1 n&apos;a encore aucun compte. L&apos;administrateur ajoute les autres comptes du bureau.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>flowdesk::GeopointQuestion</name>
    <message>
        <source>latitude longitude [altitude accuracy]</source>
        <translation>latitude longitude [altitude précision]</translation>
    </message>
    <message>
        <source>Type the latitude and longitude in degrees, separated by a space: 13.51 2.11</source>
        <translation>Tapez la latitude et la longitude en degrés, séparées par une espace : 13.51 2.11</translation>
    </message>
</context>
<context>
    <name>flowdesk::HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>flowdesk::ImportBatchDialog</name>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Review Conflicts…</source>
        <translation>Examiner les conflits…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Import Batch</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>A batch from another office: its .zip or its folder</source>
        <translation>Un lot d&apos;un autre bureau : son .zip ou son dossier</translation>
    </message>
    <message>
        <source>Zip File…</source>
        <translation>Fichier zip…</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Choose a batch: FlowDesk checks its signature and every file before anything is imported.</source>
        <translation>Choisissez un lot : FlowDesk vérifie sa signature et chaque fichier avant toute importation.</translation>
    </message>
    <message>
        <source>Only an administrator can import batches.</source>
        <translation>Seul un administrateur peut importer des lots.</translation>
    </message>
    <message>
        <source>Import a batch</source>
        <translation>Importer un lot</translation>
    </message>
    <message>
        <source>FlowDesk batches (*.zip)</source>
        <translation>Lots FlowDesk (*.zip)</translation>
    </message>
    <message>
        <source>Import a batch folder</source>
        <translation>Importer un dossier de lot</translation>
    </message>
    <message>
        <source>Batch %1 from %2, exported by %3 on %4.</source>
        <translation>Lot %1 de %2, exporté par %3 le %4.</translation>
    </message>
    <message>
        <source>Questionnaire %1 version %2: %3.</source>
        <translation>Questionnaire %1 version %2 : %3.</translation>
    </message>
    <message>
        <source>known here</source>
        <translation>connu ici</translation>
    </message>
    <message>
        <source>new here, it will be added</source>
        <translation>nouveau ici, il sera ajouté</translation>
    </message>
    <message>
        <source>Questionnaire %1 version %2.</source>
        <translation>Questionnaire %1 version %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s); personal data %1.</source>
        <translation>
            <numerusform>%n entretien ; données personnelles %1.</numerusform>
            <numerusform>%n entretiens ; données personnelles %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>included</source>
        <translation>incluses</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>exclues</translation>
    </message>
    <message>
        <source>Signed with key %1 (fingerprint %2): %3.</source>
        <translation>Signé avec la clé %1 (empreinte %2) : %3.</translation>
    </message>
    <message>
        <source>trusted here</source>
        <translation>de confiance ici</translation>
    </message>
    <message>
        <source>NOT trusted here</source>
        <translation>PAS de confiance ici</translation>
    </message>
    <message numerus="yes">
        <source>Signature and all %n file checksum(s) verified.</source>
        <translation>
            <numerusform>Signature et %n somme de contrôle de fichier vérifiées.</numerusform>
            <numerusform>Signature et les %n sommes de contrôle des fichiers vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 already here with the same answers (skipped), %3 with other answers kept aside for review.</source>
        <translation>Importé : %1 ajoutés, %2 déjà présents avec les mêmes réponses (ignorés), %3 avec d&apos;autres réponses mis de côté pour vérification.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewListModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencé</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewReviewPage</name>
    <message>
        <source>Short interview</source>
        <translation>Entretien court</translation>
    </message>
    <message>
        <source>Unusual value: %1</source>
        <translation>Valeur inhabituelle : %1</translation>
    </message>
    <message>
        <source>Possible duplicate of #%1</source>
        <translation>Doublon possible de #%1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rejeter…</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Interview &amp;comments</source>
        <translation>&amp;Commentaires sur l&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Approve (Alt+A or Ctrl+Enter), then open the next interview</source>
        <translation>Approuver (Alt+A ou Ctrl+Entrée), puis ouvrir l&apos;entretien suivant</translation>
    </message>
    <message>
        <source>Reject with a reason (Alt+R): the interview goes back to its enumerator</source>
        <translation>Rejeter avec une raison (Alt+R) : l&apos;entretien retourne à son enquêteur</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>a duré %1</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s)</source>
        <translation>
            <numerusform>%n correction</numerusform>
            <numerusform>%n corrections</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalées</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Comments on the interview</source>
        <translation>Commentaires sur l&apos;entretien</translation>
    </message>
    <message>
        <source>Comments on “%1”</source>
        <translation>Commentaires sur « %1 »</translation>
    </message>
    <message>
        <source>Reject interview</source>
        <translation>Rejeter l&apos;entretien</translation>
    </message>
    <message>
        <source>Say what the enumerator must fix: the interview goes back to them with this reason.</source>
        <translation>Indiquez ce que l&apos;enquêteur doit corriger : l&apos;entretien lui revient avec cette raison.</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>Saisie</translation>
    </message>
</context>
<context>
    <name>flowdesk::InterviewsPage</name>
    <message>
        <source>This database holds no questionnaire yet.</source>
        <translation>Cette base de données ne contient encore aucun questionnaire.</translation>
    </message>
    <message>
        <source>Cannot read the interviews: %1</source>
        <translation>Impossible de lire les entretiens : %1</translation>
    </message>
    <message>
        <source>%1 interviews</source>
        <translation>%1 entretiens</translation>
    </message>
</context>
<context>
    <name>flowdesk::KeyingStatisticsPage</name>
    <message>
        <source>Keying time</source>
        <translation>Temps de saisie</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Frappes</translation>
    </message>
    <message>
        <source>Keystrokes per hour</source>
        <translation>Frappes par heure</translation>
    </message>
    <message>
        <source>Errors per 1,000 keystrokes</source>
        <translation>Erreurs pour 1 000 frappes</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>Keyer</source>
        <translation>Opérateur de saisie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>By keyer and day</source>
        <translation>Par opérateur et par jour</translation>
    </message>
    <message>
        <source>Keying time leaves out pauses (no key for 30 seconds or more); it is measured on a clock that changing the computer&apos;s time does not move.</source>
        <translation>Le temps de saisie exclut les pauses (aucune touche pendant 30 secondes ou plus) ; il est mesuré sur une horloge que le changement de l&apos;heure de l&apos;ordinateur ne modifie pas.</translation>
    </message>
    <message>
        <source>Keying statistics</source>
        <translation>Statistiques de saisie</translation>
    </message>
    <message>
        <source>How fast and how accurately each keyer enters interviews.</source>
        <translation>La vitesse et la précision de saisie des entretiens par chaque opérateur.</translation>
    </message>
</context>
<context>
    <name>flowdesk::LoginDialog</name>
    <message>
        <source>Log in — FlowDesk</source>
        <translation>Connexion — FlowDesk</translation>
    </message>
    <message>
        <source>account name</source>
        <translation>nom du compte</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
</context>
<context>
    <name>flowdesk::MainWindow</name>
    <message>
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New Interview</source>
        <translation>&amp;Nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Back Up Now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Export Batch…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <source>&amp;Import Batch…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <source>Import &amp;Conflicts…</source>
        <translation>&amp;Conflits d&apos;importation…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About FlowDesk</source>
        <translation>À &amp;propos de FlowDesk</translation>
    </message>
    <message>
        <source>Empty file</source>
        <translation>Fichier vide</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a FlowDesk database.

Create a new, empty FlowDesk database in it?</source>
        <translation>%1 est un fichier vide, pas une base de données FlowDesk.

Y créer une nouvelle base de données FlowDesk vide ?</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <source>Read-only database</source>
        <translation>Base de données en lecture seule</translation>
    </message>
    <message>
        <source>Back Up to Folder</source>
        <translation>Sauvegarder dans le dossier</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>A backup is already running; try again when it is done.</source>
        <translation>Une sauvegarde est déjà en cours ; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Échec de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>A backup is running; try again when it is done.</source>
        <translation>Une sauvegarde est en cours ; réessayez lorsqu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>FlowDesk backups (*.flowdesk);;All files (*)</source>
        <translation>Sauvegardes FlowDesk (*.flowdesk);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Restauration impossible</translation>
    </message>
    <message>
        <source>Replace %1 with the backup %2?

The current file is kept beside it, renamed to %3.replaced-&lt;time&gt;.</source>
        <translation>Remplacer %1 par la sauvegarde %2 ?

Le fichier actuel est gardé à côté, renommé en %3.replaced-&lt;heure&gt;.</translation>
    </message>
    <message>
        <source>%1
Nothing was changed.</source>
        <translation>%1
Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot open the restored database</source>
        <translation>Impossible d&apos;ouvrir la base de données restaurée</translation>
    </message>
    <message>
        <source>Restored from %1; the replaced file is %2</source>
        <translation>Restauré depuis %1 ; le fichier remplacé est %2</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>FlowDesk databases (*.flowdesk *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données FlowDesk (*.flowdesk *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fil</translation>
    </message>
    <message>
        <source>&amp;Keying statistics</source>
        <translation>Statistiques de &amp;saisie</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open the interview</source>
        <translation>Impossible d&apos;ouvrir l&apos;entretien</translation>
    </message>
    <message>
        <source>Log in to the database to key interviews.</source>
        <translation>Connectez-vous à la base de données pour saisir des entretiens.</translation>
    </message>
    <message>
        <source>About FlowDesk</source>
        <translation>À propos de FlowDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;FlowDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Offline entry, review and export of Flow Monitoring Surveys written as XLSForms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;FlowDesk&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Saisie, vérification et exportation hors ligne des enquêtes de suivi des flux écrites en XLSForm.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>enumerator</source>
        <translation>enquêteur</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>flowdesk::NumberQuestion</name>
    <message>
        <source>whole number</source>
        <translation>nombre entier</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
</context>
<context>
    <name>flowdesk::ParadataView</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Keying</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
    <message>
        <source>Keying figures</source>
        <translation>Chiffres de la saisie</translation>
    </message>
    <message>
        <source>Time per section</source>
        <translation>Temps par section</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>No keying paradata: this interview was not keyed in FlowDesk&apos;s data entry (imported, or keyed before paradata was recorded).</source>
        <translation>Pas de paradonnées de saisie : cet entretien n&apos;a pas été saisi dans la saisie de FlowDesk (importé, ou saisi avant l&apos;enregistrement des paradonnées).</translation>
    </message>
    <message>
        <source>Keying time (without pauses)</source>
        <translation>Temps de saisie (hors pauses)</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <source>Keystrokes</source>
        <translation>Frappes</translation>
    </message>
    <message>
        <source>Errors and warnings met</source>
        <translation>Erreurs et avertissements rencontrés</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Pauses</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Answers saved</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Keying sessions</source>
        <translation>Sessions de saisie</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outside sections</source>
        <translation>Hors sections</translation>
    </message>
</context>
<context>
    <name>flowdesk::Permissions</name>
    <message>
        <source>An enumerator</source>
        <translation>Un enquêteur</translation>
    </message>
    <message>
        <source>A reviewer</source>
        <translation>Un vérificateur</translation>
    </message>
    <message>
        <source>A supervisor</source>
        <translation>Un superviseur</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Un administrateur</translation>
    </message>
    <message>
        <source>view interviews</source>
        <translation>voir les entretiens</translation>
    </message>
    <message>
        <source>start interviews</source>
        <translation>commencer des entretiens</translation>
    </message>
    <message>
        <source>edit answers</source>
        <translation>modifier les réponses</translation>
    </message>
    <message>
        <source>complete interviews</source>
        <translation>terminer des entretiens</translation>
    </message>
    <message>
        <source>approve interviews</source>
        <translation>approuver des entretiens</translation>
    </message>
    <message>
        <source>reject interviews</source>
        <translation>rejeter des entretiens</translation>
    </message>
    <message>
        <source>comment on interviews</source>
        <translation>commenter les entretiens</translation>
    </message>
    <message>
        <source>hide comments</source>
        <translation>masquer des commentaires</translation>
    </message>
    <message>
        <source>reopen approved interviews</source>
        <translation>rouvrir des entretiens approuvés</translation>
    </message>
    <message>
        <source>approve interviews in bulk</source>
        <translation>approuver des entretiens en masse</translation>
    </message>
    <message>
        <source>export interviews</source>
        <translation>exporter des entretiens</translation>
    </message>
    <message>
        <source>import batches</source>
        <translation>importer des lots</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>gérer les comptes</translation>
    </message>
    <message>
        <source>add questionnaires</source>
        <translation>ajouter des questionnaires</translation>
    </message>
    <message>
        <source>change the office policy</source>
        <translation>modifier la politique du bureau</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>voir les rapports</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>voir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>show small cells unsuppressed</source>
        <translation>afficher les petites cellules sans masquage</translation>
    </message>
    <message>
        <source>%1 (%2) cannot %3.</source>
        <translation>%1 (%2) ne peut pas %3.</translation>
    </message>
</context>
<context>
    <name>flowdesk::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The profile is read when this page is first shown.</source>
        <translation>Le profil est lu au premier affichage de cette page.</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Flow monitoring point</source>
        <translation>Point de suivi des flux</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Tranche d&apos;âge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Split every chart by</source>
        <translation>Répartir chaque graphique par</translation>
    </message>
    <message>
        <source>each chart&apos;s own</source>
        <translation>celle de chaque graphique</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexe</translation>
    </message>
    <message>
        <source>age group</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>&amp;Point</translation>
    </message>
    <message>
        <source>&amp;Nationality</source>
        <translation>&amp;Nationalité</translation>
    </message>
    <message>
        <source>S&amp;ex</source>
        <translation>S&amp;exe</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>Â&amp;ge</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>S&amp;plit by</source>
        <translation>&amp;Répartir par</translation>
    </message>
    <message>
        <source>Profile progress</source>
        <translation>Progression du profil</translation>
    </message>
    <message>
        <source>Show small cells (on screen only)</source>
        <translation>Afficher les petites cellules (à l&apos;écran seulement)</translation>
    </message>
    <message>
        <source>&amp;Add chart</source>
        <translation>&amp;Ajouter un graphique</translation>
    </message>
    <message>
        <source>Report (&amp;PDF)…</source>
        <translation>Rapport (&amp;PDF)…</translation>
    </message>
    <message>
        <source>Tables (&amp;CSV)…</source>
        <translation>Tableaux (&amp;CSV)…</translation>
    </message>
    <message>
        <source>Profile report</source>
        <translation>Rapport de profil</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the tables</source>
        <translation>Dossier pour les tableaux</translation>
    </message>
    <message>
        <source>Profile tables</source>
        <translation>Tableaux du profil</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>0-17 (children)</source>
        <translation>0-17 (enfants)</translation>
    </message>
    <message>
        <source>Reading the answers…</source>
        <translation>Lecture des réponses…</translation>
    </message>
    <message>
        <source>The profile cannot be shown: %1</source>
        <translation>Le profil ne peut pas être affiché : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 interviews&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1 entretiens&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source> · %1 to %2</source>
        <translation> · du %1 au %2</translation>
    </message>
    <message>
        <source> · counts below %1 shown as &amp;lt;%1</source>
        <translation> · effectifs inférieurs à %1 affichés comme &amp;lt;%1</translation>
    </message>
    <message>
        <source> · &lt;b&gt;small cells shown: this view must not be shared&lt;/b&gt;</source>
        <translation> · &lt;b&gt;petites cellules affichées : cette vue ne doit pas être partagée&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The charts are shown but not saved: %1</source>
        <translation>Les graphiques sont affichés mais pas enregistrés : %1</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Approved and exported</source>
        <translation>Approuvés et exportés</translation>
    </message>
    <message>
        <source>Completed, approved, exported</source>
        <translation>Terminés, approuvés, exportés</translation>
    </message>
    <message>
        <source>All but drafts</source>
        <translation>Tous sauf les brouillons</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message numerus="yes">
        <source>%n interview(s)</source>
        <translation>
            <numerusform>%n entretien</numerusform>
            <numerusform>%n entretiens</numerusform>
        </translation>
    </message>
    <message>
        <source>Flow monitoring profile</source>
        <translation>Profil du suivi des flux</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionWidget</name>
    <message>
        <source>No hint for this question.</source>
        <translation>Pas d&apos;indication pour cette question.</translation>
    </message>
    <message>
        <source>Warning accepted: %1</source>
        <translation>Avertissement accepté : %1</translation>
    </message>
    <message>
        <source>Confirmed as on paper: %1</source>
        <translation>Confirmé conforme au papier : %1</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionnairePanel</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>flowdesk::QuestionnaireTreeModel</name>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>skip logic</source>
        <translation>logique de saut</translation>
    </message>
    <message>
        <source>constraint</source>
        <translation>contrainte</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>calculated</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>filtered choices</source>
        <translation>choix filtrés</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>compté</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>données personnelles</translation>
    </message>
    <message>
        <source>not captured on desktop</source>
        <translation>non saisi sur ordinateur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Logic</source>
        <translation>Logique</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReadOnlyRow</name>
    <message>
        <source>Not captured on the desktop (%1).</source>
        <translation>Non saisi sur ordinateur (%1).</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Raison (obligatoire)</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReasonPanel</name>
    <message>
        <source>Enter: keep the answer · Esc: correct it</source>
        <translation>Entrée : garder la réponse · Échap : la corriger</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Raison :</translation>
    </message>
    <message>
        <source>Keep this answer? %1</source>
        <translation>Garder cette réponse ? %1</translation>
    </message>
    <message>
        <source>Keep this value as written on the paper? %1</source>
        <translation>Garder cette valeur telle qu&apos;écrite sur le papier ? %1</translation>
    </message>
    <message>
        <source>Checked with the respondent</source>
        <translation>Vérifié avec la personne interrogée</translation>
    </message>
    <message>
        <source>As written on the paper form</source>
        <translation>Tel qu&apos;écrit sur le formulaire papier</translation>
    </message>
    <message>
        <source>Checked by the supervisor</source>
        <translation>Vérifié par le superviseur</translation>
    </message>
    <message>
        <source>Checked with the enumerator</source>
        <translation>Vérifié avec l&apos;enquêteur</translation>
    </message>
</context>
<context>
    <name>flowdesk::ReportsPage</name>
    <message>
        <source>Enumerator</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Median duration</source>
        <translation>Durée médiane</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Rejets</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Median wait</source>
        <translation>Attente médiane</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Attente la plus longue</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Time in each status</source>
        <translation>Temps dans chaque statut</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Interviews by enumerator, and how long they wait in each status.</source>
        <translation>Les entretiens par enquêteur, et combien de temps ils attendent dans chaque statut.</translation>
    </message>
</context>
<context>
    <name>flowdesk::SectionNavigator</name>
    <message>
        <source>Not started</source>
        <translation>Pas commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complète</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Contient des erreurs</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to answer</source>
        <translation>
            <numerusform>%n à répondre</numerusform>
            <numerusform>%n à répondre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flowdesk::SelectMultipleQuestion</name>
    <message>
        <source>numbers or names, separated by spaces</source>
        <translation>numéros ou noms, séparés par des espaces</translation>
    </message>
    <message>
        <source>No choice is numbered or named &apos;%1&apos; here.</source>
        <translation>Aucun choix ne porte ici le numéro ou le nom « %1 ».</translation>
    </message>
</context>
<context>
    <name>flowdesk::SelectOneQuestion</name>
    <message>
        <source>number or name</source>
        <translation>numéro ou nom</translation>
    </message>
    <message>
        <source>No choice is numbered or named &apos;%1&apos; here.</source>
        <translation>Aucun choix ne porte ici le numéro ou le nom « %1 ».</translation>
    </message>
</context>
<context>
    <name>flowdesk::TemporalQuestion</name>
    <message>
        <source>%1 (F4: calendar)</source>
        <translation>%1 (F4 : calendrier)</translation>
    </message>
    <message>
        <source>Type it as %1</source>
        <translation>Saisissez-le sous la forme %1</translation>
    </message>
</context>
</TS>
