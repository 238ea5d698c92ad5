<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>clinic threshold {value} {unit}; literature {literature} {unit}</source>
        <translation>seuil de la clinique {value} {unit}&#xa0;; littérature {literature} {unit}</translation>
    </message>
    <message>
        <source>Below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Sous le seuil d’hypomagnésémie de {threshold}.</translation>
    </message>
    <message>
        <source>Not below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Pas sous le seuil d’hypomagnésémie de {threshold}.</translation>
    </message>
    <message>
        <source>Cannot tell whether below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Impossible de dire si la valeur est sous le seuil d’hypomagnésémie de {threshold}.</translation>
    </message>
    <message>
        <source>any value below {bound} mmol/L</source>
        <translation>toute valeur sous {bound} mmol/L</translation>
    </message>
    <message>
        <source>any value above {bound} mmol/L</source>
        <translation>toute valeur au-dessus de {bound} mmol/L</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}, on both sides of the hypomagnesemia threshold of {threshold}: cannot tell. It could be {classes}.</source>
        <translation>{value} {unit} est {span}, des deux côtés du seuil d’hypomagnésémie de {threshold}&#xa0;: impossible de trancher. La valeur pourrait être {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}: classed {category}, it could be {classes}.</source>
        <translation>{value} {unit} est {span}&#xa0;: classé {category}, la valeur pourrait être {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L edge. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} pourrait valoir de {low} à {high} mmol/L&#xa0;: sur la borne {edges} mmol/L. Sa précision écrite ne permet pas de dire de quel côté.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L threshold. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} pourrait valoir de {low} à {high} mmol/L&#xa0;: sur le seuil de {edges} mmol/L. Sa précision écrite ne permet pas de dire de quel côté.</translation>
    </message>
    <message>
        <source>{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit.</source>
        <translation>{value} {unit} est {category}&#xa0;; en {value} {other_unit}, la valeur serait {mmol} mmol/L, normale – vérifiez l’unité.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.</source>
        <translation>{value} {unit} pourrait être {classes}&#xa0;: des deux côtés du seuil, mgdesk ne peut donc pas trancher.</translation>
    </message>
    <message>
        <source>{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}.</source>
        <translation>{mmol} mmol/L est dans l’intervalle {band} mmol/L&#xa0;: {category} dans le profil {profile}.</translation>
    </message>
    <message>
        <source>{category}, borderline</source>
        <translation>{category}, limite</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérique {value} {unit} ({details}&#xa0;; seuil d’hypomagnésémie {threshold})</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérique {value} {unit} = {mmol} mmol/L ({details}&#xa0;; seuil d’hypomagnésémie {threshold})</translation>
    </message>
    <message>
        <source>Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.</source>
        <translation>Saisissez une valeur, par ex. 1,8 mg/dL ou 0,74 mmol/L.</translation>
    </message>
    <message>
        <source>The entry is too long ({length} characters) for one value.</source>
        <translation>La saisie est trop longue ({length} caractères) pour une seule valeur.</translation>
    </message>
    <message>
        <source>{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} n’est pas une valeur&#xa0;: écrivez un nombre avec un point ou une virgule décimale (1.8 ou 1,8), éventuellement suivi de son unité.</translation>
    </message>
    <message>
        <source>{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} contient un exposant&#xa0;: écrivez la valeur comme le laboratoire l’a imprimée, sans exposant (1.8 ou 1,8), éventuellement suivie de son unité.</translation>
    </message>
    <message>
        <source>The value is not a number (NaN or infinity): enter a measured value.</source>
        <translation>La valeur n’est pas un nombre (NaN ou infini)&#xa0;: saisissez une valeur mesurée.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>La valeur doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>Unknown qualifier {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; or nothing.</source>
        <translation>Qualificatif inconnu {qualifier}&#xa0;: utilisez &apos;&lt;&apos;, &apos;&gt;&apos; ou rien.</translation>
    </message>
    <message>
        <source>No unit given. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Aucune unité indiquée. Unités acceptées&#xa0;: mg/dL (aussi mg/dl, mg/100mL, mg%), mg/L, mmol/L (aussi mmol/l, mM), umol/L (aussi µmol/L), mEq/L (aussi meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Give the unit of {text}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Indiquez l’unité de {text}. Unités acceptées&#xa0;: mg/dL (aussi mg/dl, mg/100mL, mg%), mg/L, mmol/L (aussi mmol/l, mM), umol/L (aussi µmol/L), mEq/L (aussi meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Unknown unit {unit}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Unité inconnue {unit}. Unités acceptées&#xa0;: mg/dL (aussi mg/dl, mg/100mL, mg%), mg/L, mmol/L (aussi mmol/l, mM), umol/L (aussi µmol/L), mEq/L (aussi meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>{text} carries the unit {unit}, but {given} was also given.</source>
        <translation>{text} porte l’unité {unit}, mais {given} a aussi été indiquée.</translation>
    </message>
    <message>
        <source>{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} dépasse {limit_mmol_per_l} mmol/L, ce qu’aucun patient vivant n’atteint&#xa0;: vérifiez l’unité.</translation>
    </message>
    <message>
        <source>{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} vaut {shown} mmol/L, au-dessus de {limit_mmol_per_l} mmol/L, ce qu’aucun patient vivant n’atteint&#xa0;: vérifiez l’unité.</translation>
    </message>
    <message>
        <source>{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: check the number and the unit.</source>
        <translation>{value} {unit} dépasse largement {limit_mmol_per_l} mmol/L dans toute unité, ce qu’aucun patient vivant n’atteint&#xa0;: vérifiez le nombre et l’unité.</translation>
    </message>
    <message>
        <source>{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium value: check the number and the unit.</source>
        <translation>{value} {unit} est sous {limit_mmol_per_l} mmol/L, trop petit pour être affiché ou pour être une valeur de magnésium mesurée&#xa0;: vérifiez le nombre et l’unité.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Unknown drug class {text}. Accepted: {accepted}.</source>
        <translation>Classe de médicament inconnue {text}. Acceptées&#xa0;: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell.</source>
        <translation>Échantillon inconnu {text}. Acceptés&#xa0;: serum, plasma, urine, red-cell.</translation>
    </message>
    <message>
        <source>A patient needs a clinic identifier.</source>
        <translation>Un patient doit avoir un identifiant de la clinique.</translation>
    </message>
    <message>
        <source>Birth year {year} is not plausible: it must lie between {earliest} and {latest}.</source>
        <translation>L’année de naissance {year} n’est pas plausible&#xa0;: elle doit se situer entre {earliest} et {latest}.</translation>
    </message>
    <message>
        <source>The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest}).</source>
        <translation>La {what} {day} n’est pas plausible&#xa0;: elle doit se situer entre le {earliest} et demain ({latest}).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>collection date</source>
        <translation>date de prélèvement</translation>
    </message>
    <message>
        <source>The course of {drug} stops ({stop}) before it starts ({start}).</source>
        <translation>La période de traitement par {drug} se termine ({stop}) avant de commencer ({start}).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day).</source>
        <translation>La dose quotidienne de {drug} doit être un nombre de mg supérieur à zéro et inférieur à {limit} (un kilogramme par jour).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} has more than three decimals of a mg.</source>
        <translation>La dose quotidienne de {drug} a plus de trois décimales de mg.</translation>
    </message>
    <message>
        <source>The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg).</source>
        <translation>La dose quotidienne {text} n’est pas un nombre de mg par jour (par ex. 1000 ou 1000 mg).</translation>
    </message>
    <message>
        <source>The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one or two decimals.</source>
        <translation>La dose quotidienne {text} est ambiguë&#xa0;: écrivez {whole} sans séparateur de milliers, ou un nombre décimal à une ou deux décimales.</translation>
    </message>
    <message>
        <source>The daily dose {text} must be greater than zero.</source>
        <translation>La dose quotidienne {text} doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})</source>
        <translation>{value} {unit} est le même échantillon que {kept_value} {kept_unit} ({specimen}, {when})</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} instead of {kept_unit}</source>
        <translation>{value} {unit} est le même échantillon que {kept_value} {kept_unit} ({specimen}, {when}), rendu en {unit} au lieu de {kept_unit}</translation>
    </message>
    <message>
        <source>Profile {name}: {reason}</source>
        <translation>Profil {name}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{origin}: {reason}</source>
        <translation>{origin}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months from 1 to {most}, not {value}.</source>
        <translation>{key} doit être un nombre entier de mois de 1 à {most}, pas {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months, not {value}.</source>
        <translation>{key} doit être un nombre entier de mois, pas {value}.</translation>
    </message>
    <message>
        <source>retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin ({on_metformin}): a low result is re-tested sooner, not later.</source>
        <translation>retest_months_after_low ({after_low}) ne doit pas dépasser retest_months_on_metformin ({on_metformin})&#xa0;: un résultat bas est redosé plus tôt, pas plus tard.</translation>
    </message>
    <message>
        <source>every edge must be a finite number.</source>
        <translation>chaque borne doit être un nombre fini.</translation>
    </message>
    <message>
        <source>every edge must be greater than zero.</source>
        <translation>chaque borne doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches.</source>
        <translation>hypomagnesemia_below doit être sous {limit} mmol/L, valeur qu’aucun patient vivant n’atteint.</translation>
    </message>
    <message>
        <source>edges must rise: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</source>
        <translation>les bornes doivent croître&#xa0;: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</translation>
    </message>
    <message>
        <source>missing {keys}.</source>
        <translation>il manque&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>{key} doit être un nombre, pas {value}.</translation>
    </message>
    <message>
        <source>[sources] must be a table of texts.</source>
        <translation>[sources] doit être une table de textes.</translation>
    </message>
    <message>
        <source>the profile needs a name.</source>
        <translation>le profil doit avoir un nom.</translation>
    </message>
    <message>
        <source>{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L.</source>
        <translation>{key} = {value} {unit} n’est pas plausible&#xa0;; une borne d’intervalle se situe entre {low} et {high} mmol/L.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), not {value} mmol/L.</source>
        <translation>hypomagnesemia_below doit se situer entre critical_low_below et high_above ({low} à {high} mmol/L), pas {value} mmol/L.</translation>
    </message>
    <message>
        <source>{key} is far too large to be plausible.</source>
        <translation>{key} est bien trop grand pour être plausible.</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value}.</source>
        <translation>{key} doit être un nombre fini, pas {value}.</translation>
    </message>
    <message>
        <source>{key} is far too large or too small to be plausible.</source>
        <translation>{key} est bien trop grand ou trop petit pour être plausible.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: it is not a regular file.</source>
        <translation>Impossible de lire le profil {path}&#xa0;: ce n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Profile {path} is larger than {kb} KB; it cannot be a profile.</source>
        <translation>Le profil {path} dépasse {kb} Ko&#xa0;; ce ne peut pas être un profil.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: {detail}</source>
        <translation>Impossible de lire le profil {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not valid TOML: {detail}</source>
        <translation>{origin} n’est pas du TOML valide&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not a profile: its arrays or tables are nested too deep.</source>
        <translation>{origin} n’est pas un profil&#xa0;: ses tableaux ou tables sont imbriqués trop profondément.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>Cannot create {path}: its folder may not be written.</source>
        <translation>Impossible de créer {path}&#xa0;: son dossier n’est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be an mgdesk database.</source>
        <translation>{path} n’est pas un fichier, ce ne peut donc pas être une base de données mgdesk.</translation>
    </message>
    <message>
        <source>{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an mgdesk database, or a new file name to create one.</source>
        <translation>{path} n’est pas une base de données (il ne commence pas comme un fichier SQLite). Il a été laissé tel quel&#xa0;; choisissez une base de données mgdesk, ou un nouveau nom de fichier pour en créer une.</translation>
    </message>
    <message>
        <source>{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation>{path} est en lecture seule. mgdesk doit écrire dans sa base de données&#xa0;: rendez le fichier modifiable, ou copiez-le dans un dossier à vous et ouvrez la copie.</translation>
    </message>
    <message>
        <source>The folder of {path} may not be written; SQLite needs to keep its journal beside the file.</source>
        <translation>Le dossier de {path} n’est pas accessible en écriture&#xa0;; SQLite doit garder son journal à côté du fichier.</translation>
    </message>
    <message>
        <source>Another program is using {where} and holds it locked; nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>Un autre programme utilise {where} et la verrouille&#xa0;; rien n’a été modifié. Fermez l’autre programme (ou attendez qu’il ait fini) et réessayez.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full or failing ({detail}); nothing was changed.</source>
        <translation>Le disque qui contient {where} est plein ou défaillant ({detail})&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{where} may not be written (read-only file or folder); nothing was changed.</source>
        <translation>{where} n’est pas accessible en écriture (fichier ou dossier en lecture seule)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{where} is not an SQLite database; it was left as it is.</source>
        <translation>{where} n’est pas une base de données SQLite&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>Il n’y a pas de base de données à {path}&#xa0;; rien n’a été créé. Ouvrez une autre base de données, ou importez un fichier pour en commencer une.</translation>
    </message>
    <message>
        <source>There is an empty file at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>Il y a un fichier vide à {path}&#xa0;; rien n’a été créé. Ouvrez une autre base de données, ou importez un fichier pour en commencer une.</translation>
    </message>
    <message>
        <source>This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). It was left untouched: update mgdesk to open it.</source>
        <translation>Cette base de données a été écrite par un mgdesk plus récent (schéma {version}&#xa0;; ce mgdesk connaît jusqu’à {current}). Elle n’a pas été modifiée&#xa0;: mettez mgdesk à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>{text} is not a server address; write postgresql://user@host[:port]/database.</source>
        <translation>{text} n’est pas une adresse de serveur&#xa0;; écrivez postgresql://user@host[:port]/database.</translation>
    </message>
    <message>
        <source>A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database.</source>
        <translation>Un mot de passe dans l’adresse du serveur serait enregistré et affiché en clair&#xa0;; mgdesk n’en garde jamais. Mettez-le dans ~/.pgpass (ou PGPASSWORD, ou une entrée pg_service.conf) et indiquez postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Name the database in the server address: postgresql://user@host[:port]/database ({text}).</source>
        <translation>Nommez la base de données dans l’adresse du serveur&#xa0;: postgresql://user@host[:port]/database ({text}).</translation>
    </message>
    <message>
        <source>The clinic server refused the login to {where} ({detail}). Check the user name, and the password in ~/.pgpass (or PGPASSWORD); the server&apos;s administrator grants access.</source>
        <translation>Le serveur de la clinique a refusé la connexion à {where} ({detail}). Vérifiez le nom d’utilisateur, et le mot de passe dans ~/.pgpass (ou PGPASSWORD)&#xa0;; l’administrateur du serveur accorde l’accès.</translation>
    </message>
    <message>
        <source>The clinic server has no such database ({detail}); check the address or ask its administrator.</source>
        <translation>Le serveur de la clinique n’a pas cette base de données ({detail})&#xa0;; vérifiez l’adresse ou demandez à son administrateur.</translation>
    </message>
    <message>
        <source>The clinic server could not be reached.</source>
        <translation>Le serveur de la clinique n’a pas pu être joint.</translation>
    </message>
    <message>
        <source>Another workstation has just added a patient with this clinic identifier.</source>
        <translation>Un autre poste vient d’ajouter un patient avec cet identifiant de la clinique.</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps working; try again when the network or the server is back.</source>
        <translation>Le serveur de la clinique est injoignable ({where}&#xa0;: {detail}). Rien n’y a été modifié. Le convertisseur continue de fonctionner&#xa0;; réessayez quand le réseau ou le serveur sera rétabli.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la date est vide</translation>
    </message>
    <message>
        <source>{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are written, or write ISO dates (2024-04-03)</source>
        <translation>{text} peut se lire jour d’abord ou mois d’abord (03/04 est le 3 avril ou le 4 mars)&#xa0;: choisissez comment les dates sont écrites, ou écrivez des dates ISO (2024-04-03)</translation>
    </message>
    <message>
        <source>{text}: write the year with four digits</source>
        <translation>{text}&#xa0;: écrivez l’année avec quatre chiffres</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as 2024-04-03</source>
        <translation>{text} n’est pas une date&#xa0;: écrivez-la comme 2024-04-03</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} n’est pas une date réelle</translation>
    </message>
    <message>
        <source>{text} is not a real date when read {order}</source>
        <translation>{text} n’est pas une date réelle lue {order}</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>jour d’abord</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>mois d’abord</translation>
    </message>
    <message>
        <source>{text} is not a time: write it as 08:15</source>
        <translation>{text} n’est pas une heure&#xa0;: écrivez-la comme 08:15</translation>
    </message>
    <message>
        <source>{text} is not a real time</source>
        <translation>{text} n’est pas une heure réelle</translation>
    </message>
    <message>
        <source>{name} says it is {label} but is not</source>
        <translation>{name} se dit en {label} mais ne l’est pas</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1252 text</source>
        <translation>{name} n’est ni du texte UTF-8 ni du Windows-1252</translation>
    </message>
    <message>
        <source>{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8.</source>
        <translation>{what}&#xa0;: la ligne {line} est illisible ({reason}). Enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL byte); save it as CSV.</source>
        <translation>{name} n’est pas un fichier texte (la ligne {line} contient un octet NUL)&#xa0;; enregistrez-le en CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL character); save it as CSV.</source>
        <translation>{name} n’est pas un fichier texte (la ligne {line} contient un caractère NUL)&#xa0;; enregistrez-le en CSV.</translation>
    </message>
    <message>
        <source>{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the whole file as CSV UTF-8.</source>
        <translation>{name} mélange les encodages&#xa0;: il est en UTF-8, mais la ligne {line} ne l’est pas (du texte Windows-1252 collé&#xa0;?). Enregistrez tout le fichier en CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the first line {header} has no comma, semicolon or tab between column names.</source>
        <translation>{name}&#xa0;: la première ligne {header} n’a ni virgule, ni point-virgule, ni tabulation entre les noms de colonnes.</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>traitements</translation>
    </message>
    <message>
        <source>{name}: two columns mean {field}: {headers}.</source>
        <translation>{name}&#xa0;: deux colonnes signifient {field}&#xa0;: {headers}.</translation>
    </message>
    <message>
        <source>{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A results file needs patient, date, value (unit, specimen, comment optional); a medication file needs patient, drug_class, start (drug, stop, dose optional).</source>
        <translation>{name}&#xa0;: pas un fichier de {kind} que mgdesk sait lire&#xa0;: aucune colonne pour {expected}. Colonnes trouvées&#xa0;: {headers}. Un fichier de résultats a besoin de patient, date, value (unit, specimen, comment facultatifs)&#xa0;; un fichier de traitements a besoin de patient, drug_class, start (drug, stop, dose facultatifs).</translation>
    </message>
    <message>
        <source>{name}: a {kind} file has no field {fields}.</source>
        <translation>{name}&#xa0;: un fichier de {kind} n’a pas de champ {fields}.</translation>
    </message>
    <message>
        <source>{name}: the chosen mapping names a column the file does not have.</source>
        <translation>{name}&#xa0;: la correspondance choisie nomme une colonne absente du fichier.</translation>
    </message>
    <message>
        <source>{name}: one column cannot be read as two fields.</source>
        <translation>{name}&#xa0;: une colonne ne peut pas être lue comme deux champs.</translation>
    </message>
    <message>
        <source>{name}: choose a column for {fields}.</source>
        <translation>{name}&#xa0;: choisissez une colonne pour {fields}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name}: the header cannot be read ({detail}).</source>
        <translation>{name}&#xa0;: la ligne d’en-tête ne peut pas être lue ({detail}).</translation>
    </message>
    <message>
        <source>message type {kind} is not a lab result (ORU^R01)</source>
        <translation>le type de message {kind} n’est pas un résultat de laboratoire (ORU^R01)</translation>
    </message>
    <message>
        <source>HL7 version {version} is not v2</source>
        <translation>la version HL7 {version} n’est pas la v2</translation>
    </message>
    <message>
        <source>{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).</source>
        <translation>{text}&#xa0;: écrivez une correspondance de code de laboratoire sous la forme CODE=SPECIMEN ou CODE^SYSTEM=SPECIMEN (MG=serum).</translation>
    </message>
    <message>
        <source>Cannot remember the lab import choices in {path}: {detail}.</source>
        <translation>Impossible de mémoriser les choix d’import du laboratoire dans {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>The outbox {path} cannot be used: {detail}.</source>
        <translation>La boîte d’envoi {path} est inutilisable&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>medication course</source>
        <translation>période de traitement</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <source>review</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id}.</source>
        <translation>Un autre patient a déjà l’identifiant de la clinique {clinic_id}.</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead).</source>
        <translation>Un autre patient a déjà l’identifiant de la clinique {clinic_id} (un patient supprimé&#xa0;: restaurez-le plutôt).</translation>
    </message>
    <message>
        <source>Say why the {kind} is deleted; the reason is kept with it.</source>
        <translation>Indiquez pourquoi l’élément ({kind}) est supprimé&#xa0;; la raison est conservée avec lui.</translation>
    </message>
    <message>
        <source>This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it is kept beside the current one, to re-apply or discard.</source>
        <translation>Cet élément ({kind}) a été modifié par {changed_by}{where}{when} après que vous l’avez ouvert. Votre modification n’a pas été enregistrée&#xa0;; elle est gardée à côté de la version actuelle, à réappliquer ou à abandonner.</translation>
    </message>
    <message>
        <source> on {workstation}</source>
        <translation> sur {workstation}</translation>
    </message>
    <message>
        <source> at {moment} UTC</source>
        <translation> le {moment} UTC</translation>
    </message>
    <message>
        <source>{path} is the open patient database; mgdesk will not write over it.</source>
        <translation>{path} est la base de données de patients ouverte&#xa0;; mgdesk ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write over it.</source>
        <translation>{path} appartient à la base de données de patients ouverte {database} (son journal ou une sauvegarde)&#xa0;; mgdesk ne l’écrasera pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {detail}.</translation>
    </message>
    <message>
        <source>{path} exists and is not a regular file; choose a file name.</source>
        <translation>{path} existe et n’est pas un fichier ordinaire&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>{path} exists already; replace it, or choose another name.</source>
        <translation>{path} existe déjà&#xa0;; remplacez-le, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Impossible d’écrire {path}&#xa0;: le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}; it was left as it was.</source>
        <translation>Impossible d’écrire {path}&#xa0;: {detail}&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s).</source>
        <translation>
            <numerusform>%n résultat de magnésium sérique/plasmatique compté.</numerusform>
            <numerusform>%n résultats de magnésium sériques/plasmatiques comptés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.</source>
        <translation>
            <numerusform>%n résultat de magnésium sérique/plasmatique compté&#xa0;; {excluded} résultats urinaires ou érythrocytaires ne sont pas comptés.</numerusform>
            <numerusform>%n résultats de magnésium sériques/plasmatiques comptés&#xa0;; {excluded} résultats urinaires ou érythrocytaires ne sont pas comptés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No serum/plasma result on file.</source>
        <translation>Aucun résultat sérique/plasmatique enregistré.</translation>
    </message>
    <message>
        <source>The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of {mmol} mmol/L against the profile {profile}.</source>
        <translation>Le résultat sérique/plasmatique le plus récent ({date}, {value} {unit}), classé sur sa valeur exacte de {mmol} mmol/L selon le profil {profile}.</translation>
    </message>
    <message>
        <source>Days from the latest result ({date}) to today ({today}).</source>
        <translation>Jours entre le dernier résultat ({date}) et aujourd’hui ({today}).</translation>
    </message>
    <message numerus="yes">
        <source>; %n result(s) taken off metformin left out</source>
        <translation>
            <numerusform>&#xa0;; %n résultat pris sans metformine est exclu</numerusform>
            <numerusform>&#xa0;; %n résultats pris sans metformine sont exclus</numerusform>
        </translation>
    </message>
    <message>
        <source>Days taken since the first start ({start}), summed over every course; days off the drug are not counted. Results taken off metformin are drawn hollow grey and left out of the slope and the &apos;after&apos; mean.</source>
        <translation>Jours de prise depuis le premier début ({start}), additionnés sur chaque période de traitement&#xa0;; les jours sans le médicament ne comptent pas. Les résultats pris sans metformine sont dessinés en gris creux et exclus de la pente et de la moyenne «&#xa0;après&#xa0;».</translation>
    </message>
    <message>
        <source>Never on metformin: there is no time on metformin to fit a slope over.</source>
        <translation>Jamais sous metformine&#xa0;: aucune durée sous metformine sur laquelle ajuster une pente.</translation>
    </message>
    <message numerus="yes">
        <source>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</source>
        <translation>
            <numerusform>Trop peu de résultats&#xa0;: une pente demande au moins 3 résultats sériques/plasmatiques numériques à au moins 2 dates, pris sous metformine (premier début le {start}&#xa0;; %n trouvé{off_note}).</numerusform>
            <numerusform>Trop peu de résultats&#xa0;: une pente demande au moins 3 résultats sériques/plasmatiques numériques à au moins 2 dates, pris sous metformine (premier début le {start}&#xa0;; %n trouvés{off_note}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</source>
        <translation>
            <numerusform>Moindres carrés ordinaires sur %n résultat sérique/plasmatique numérique pris sous metformine (x = années cumulées sous metformine, jours sans le médicament non comptés&#xa0;; y = mmol/L{off_note})&#xa0;; intervalle à 95&#xa0;% = pente +/- t({df} ddl) {t} x erreur type {se}.</numerusform>
            <numerusform>Moindres carrés ordinaires sur %n résultats sériques/plasmatiques numériques pris sous metformine (x = années cumulées sous metformine, jours sans le médicament non comptés&#xa0;; y = mmol/L{off_note})&#xa0;; intervalle à 95&#xa0;% = pente +/- t({df} ddl) {t} x erreur type {se}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never on metformin: no before/after comparison.</source>
        <translation>Jamais sous metformine&#xa0;: pas de comparaison avant/après.</translation>
    </message>
    <message>
        <source>No numeric serum/plasma result before metformin was started on {start}.</source>
        <translation>Aucun résultat sérique/plasmatique numérique avant le début de la metformine le {start}.</translation>
    </message>
    <message>
        <source>Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin start ({start}) and the {n_after} taken on metformin{off_note}.</source>
        <translation>Moyennes arithmétiques en mmol/L des {n_before} résultats sériques/plasmatiques numériques avant le premier début de la metformine ({start}) et des {n_after} pris sous metformine{off_note}.</translation>
    </message>
    <message numerus="yes">
        <source>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</source>
        <translation>
            <numerusform>La part des résultats sériques/plasmatiques sous {threshold}&#xa0;: {below} sur %n&#xa0;; un résultat &apos;&lt;&apos; ne compte que si sa borne est au seuil ou en dessous.</numerusform>
            <numerusform>La part des résultats sériques/plasmatiques sous {threshold}&#xa0;: {below} sur %n&#xa0;; un résultat &apos;&lt;&apos; ne compte que si sa borne est au seuil ou en dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of serum/plasma results below {threshold}: 0 of 0.</source>
        <translation>La part des résultats sériques/plasmatiques sous {threshold}&#xa0;: 0 sur 0.</translation>
    </message>
    <message>
        <source>No slope, so no projection.</source>
        <translation>Pas de pente, donc pas de projection.</translation>
    </message>
    <message>
        <source>Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% interval excludes zero.</source>
        <translation>Pas de projection&#xa0;: le passage sous {threshold} n’est projeté que si la pente est négative et que son intervalle à 95&#xa0;% exclut zéro.</translation>
    </message>
    <message>
        <source>No crossing.</source>
        <translation>Pas de passage.</translation>
    </message>
    <message>
        <source>Not projected: the fitted line reaches {threshold} more than {years} years from now.</source>
        <translation>Pas de projection&#xa0;: la droite ajustée atteint {threshold} dans plus de {years} ans.</translation>
    </message>
    <message>
        <source>The fitted line already reached {threshold} at {x} cumulative years on metformin; first started {start}.</source>
        <translation>La droite ajustée a déjà atteint {threshold} à {x} années cumulées sous metformine&#xa0;; premier début le {start}.</translation>
    </message>
    <message>
        <source>The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day from today); first started {start}.</source>
        <translation>La droite ajustée atteint {threshold} à {x} années cumulées sous metformine (si elle est prise chaque jour à partir d’aujourd’hui)&#xa0;; premier début le {start}.</translation>
    </message>
    <message>
        <source>the projected crossing is on or before {horizon} (today + {months} months) while the latest value is not below the threshold</source>
        <translation>le passage projeté tombe le {horizon} ou avant (aujourd’hui + {months} mois) alors que la dernière valeur n’est pas sous le seuil</translation>
    </message>
    <message>
        <source>Off: no projected crossing; the alert is on when {rule}.</source>
        <translation>Inactive&#xa0;: pas de passage projeté&#xa0;; l’alerte s’active quand {rule}.</translation>
    </message>
    <message>
        <source>Off: the latest value is already below the threshold; the alert is on when {rule}.</source>
        <translation>Inactive&#xa0;: la dernière valeur est déjà sous le seuil&#xa0;; l’alerte s’active quand {rule}.</translation>
    </message>
    <message>
        <source>On: {rule}.</source>
        <translation>Active&#xa0;: {rule}.</translation>
    </message>
    <message>
        <source>Off: the projected crossing is after {horizon}; the alert is on when {rule}.</source>
        <translation>Inactive&#xa0;: le passage projeté est après le {horizon}&#xa0;; l’alerte s’active quand {rule}.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file: a first test has been due since metformin was started.</source>
        <translation>Aucun résultat sérique/plasmatique enregistré&#xa0;: un premier dosage est prévu depuis le début de la metformine.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file and not on metformin: no re-test rule applies.</source>
        <translation>Aucun résultat sérique/plasmatique enregistré et pas sous metformine&#xa0;: aucune règle de nouveau dosage ne s’applique.</translation>
    </message>
    <message>
        <source>The latest result is not low and the patient is not on metformin today: no re-test rule applies.</source>
        <translation>Le dernier résultat n’est pas bas et le patient n’est pas sous metformine aujourd’hui&#xa0;: aucune règle de nouveau dosage ne s’applique.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval after a low result.</source>
        <translation>Prévu {months} mois après le dernier résultat ({date})&#xa0;: l’intervalle de nouveau dosage du profil après un résultat bas.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): it may be below the threshold, so the profile&apos;s re-test interval after a low result applies.</source>
        <translation>Prévu {months} mois après le dernier résultat ({date})&#xa0;: il peut être sous le seuil, donc l’intervalle de nouveau dosage du profil après un résultat bas s’applique.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval for a patient on metformin.</source>
        <translation>Prévu {months} mois après le dernier résultat ({date})&#xa0;: l’intervalle de nouveau dosage du profil pour un patient sous metformine.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Results not yet on the clinic server</source>
        <translation>Résultats pas encore sur le serveur de la clinique</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Prélevé</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Abandonner…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n résultat en attente d’envoi.</numerusform>
            <numerusform>%n résultats en attente d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation>
            <numerusform>%n résultat refusé par le serveur : vérifiez-le, saisissez-le de nouveau si besoin, puis abandonnez-le.</numerusform>
            <numerusform>%n résultats refusés par le serveur : vérifiez chacun, saisissez-le de nouveau si besoin, puis abandonnez-le.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>refusé : {reason}</translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation>Abandonner ce résultat ?</translation>
    </message>
    <message>
        <source>{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from this computer? It is not stored anywhere else.</source>
        <translation>{value} {unit} pour {patient} ({date}) a été refusé par le serveur de la clinique. L’abandonner sur cet ordinateur ? Il n’est enregistré nulle part ailleurs.</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>⚠ The clinic server cannot be reached: showing what was read at {time}, not current. Results you add are kept on this computer and sent when it is back.</source>
        <translation>⚠ Le serveur de la clinique est injoignable : données lues à {time}, pas à jour. Les résultats saisis sont gardés sur cet ordinateur et envoyés à son retour.</translation>
    </message>
    <message>
        <source>The converter works as usual (Ctrl+1).</source>
        <translation>Le convertisseur fonctionne comme d’habitude (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation>Connexion au serveur de la clinique</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS&#xa0;:</translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. TLS is used whenever the server offers it; choose require or verify-full to insist.</source>
        <translation>Le mot de passe est lu dans ~/.pgpass (ou PGPASSWORD)&#xa0;; mgdesk ne l’enregistre jamais. TLS est utilisé dès que le serveur le propose&#xa0;; choisissez require ou verify-full pour l’exiger.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (or address) and the database.</source>
        <translation>Indiquez le nom (ou l’adresse) du serveur et la base de données.</translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation>Essai de {address}…</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About the numbers</source>
        <translation>À propos des chiffres</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307]).</source>
        <translation>Masse molaire du magnésium&#xa0;: 24,305 g/mol (masse atomique standard de la CIAAW, intervalle [24,304&#xa0;; 24,307]).</translation>
    </message>
    <message>
        <source>Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions).</source>
        <translation>Charge de Mg2+&#xa0;: 2, donc 1 mmol/L = 2 mEq/L (mEq = mmol × valence&#xa0;; Manuel Merck, conversions d’unités).</translation>
    </message>
    <message>
        <source>1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.</source>
        <translation>1 mmol/L = 2,4305 mg/dL&#xa0;; 1 mg/dL = 0,41144 mmol/L = 0,82288 mEq/L.</translation>
    </message>
    <message>
        <source>Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.</source>
        <translation>Les bibliothèques d’unités génériques (UCUM, ucumvert) comptent 1 mEq pour 1 mmol&#xa0;: c’est faux pour Mg2+ et ce n’est pas utilisé ici.</translation>
    </message>
    <message>
        <source>Lab profile in use: {name}</source>
        <translation>Profil de laboratoire utilisé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {t}.</source>
        <translation>Hypomagnésémie sous {t}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The class is decided on the exact converted value; the table&apos;s ends are written so that every value written with as many decimals is in the band the table gives it. A value is borderline when its written precision (half a unit of its last decimal either side) cannot tell which side of a band edge it lies on. A result written with &lt; or &gt; is every value it can take: one band, that class; several bands on one side of the threshold, the class nearest normal, borderline; both sides of the threshold, indeterminate (IND).</source>
        <translation>La classe est décidée sur la valeur convertie exacte&#xa0;; les bornes du tableau sont écrites de sorte que toute valeur écrite avec autant de décimales soit dans l’intervalle que le tableau lui donne. Une valeur est limite quand sa précision écrite (une demi-unité de sa dernière décimale de part et d’autre) ne permet pas de dire de quel côté d’une borne d’intervalle elle se trouve. Un résultat écrit avec &lt; ou &gt; vaut toutes les valeurs qu’il peut prendre&#xa0;: un seul intervalle, cette classe&#xa0;; plusieurs intervalles d’un même côté du seuil, la classe la plus proche de la normale, limite&#xa0;; les deux côtés du seuil, indéterminé (IND).</translation>
    </message>
    <message>
        <source>Why magnesium and metformin</source>
        <translation>Pourquoi le magnésium et la metformine</translation>
    </message>
    <message>
        <source>Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes (Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</source>
        <translation>L’hypomagnésémie (Mg sérique sous 0,70 mmol/L) aggrave l’insulinorésistance dans le diabète de type 2 (Gommers et al., Diabetes 2016;65:3-13). Les patients sous metformine ont un Mg sérique plus bas, d’autant plus que le traitement est long et que les antidiabétiques sont nombreux (Peters et al., PLoS One 2013;8(9):e74355&#xa0;; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licences of bundled software</source>
        <translation>Licences des logiciels inclus</translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>Critical low</source>
        <translation>Critiquement bas</translation>
    </message>
    <message>
        <source>Low (hypomagnesemia)</source>
        <translation>Bas (hypomagnésémie)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Critiquement élevé</translation>
    </message>
    <message>
        <source>Cannot tell (indeterminate)</source>
        <translation>Impossible à dire (indéterminé)</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>critiquement bas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>critiquement élevé</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>indéterminé</translation>
    </message>
    <message>
        <source>~ {words} (borderline)</source>
        <translation>~ {words} (limite)</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRITIQUE</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bientôt à faire</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>reviewed by {user} on {date}</source>
        <translation>validé par {user} le {date}</translation>
    </message>
    <message>
        <source>● waiting for review</source>
        <translation>● en attente de validation</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Latest ({unit})</source>
        <translation>Dernier ({unit})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Slope ({unit}/year)</source>
        <translation>Pente ({unit}/an)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nouveau dosage prévu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>Still being computed from all of this patient&apos;s results; the state and order are final.</source>
        <translation>Encore en cours de calcul à partir de tous les résultats de ce patient ; l&apos;état et l&apos;ordre sont définitifs.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limite</translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation>▼ en baisse</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>en retard de {span}</translation>
    </message>
    <message>
        <source>Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; within each, results waiting for review first. A result waits for review when it is the latest and the patient is critical, low or falling (or it is indeterminate).</source>
        <translation>Ordre de la liste de travail&#xa0;: critique, bas, en baisse, nouveau dosage en retard, prévu dans le mois, puis les autres&#xa0;; dans chaque groupe, les résultats en attente de validation d’abord. Un résultat attend une validation lorsqu’il est le plus récent et que le patient est critique, bas ou en baisse (ou qu’il est indéterminé).</translation>
    </message>
    <message>
        <source>All on metformin</source>
        <translation>Tous sous metformine</translation>
    </message>
    <message>
        <source>Metformin only (no other diabetes drug)</source>
        <translation>Metformine seule (aucun autre antidiabétique)</translation>
    </message>
    <message>
        <source>Metformin with a sulfonylurea</source>
        <translation>Metformine avec un sulfamide hypoglycémiant</translation>
    </message>
    <message>
        <source>Metformin with a proton-pump inhibitor</source>
        <translation>Metformine avec un inhibiteur de la pompe à protons</translation>
    </message>
    <message>
        <source>Metformin with a magnesium supplement</source>
        <translation>Metformine avec une supplémentation en magnésium</translation>
    </message>
    <message>
        <source>Co-medication filter</source>
        <translation>Filtre des traitements associés</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Patients&#xa0;:</translation>
    </message>
    <message>
        <source>SYNTHETIC – demo clinic</source>
        <translation>FICTIF – clinique de démonstration</translation>
    </message>
    <message>
        <source>Computing the clinic list</source>
        <translation>Calcul de la liste de la clinique</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed…</source>
        <translation>Marquer comme &amp;validé…</translation>
    </message>
    <message>
        <source>Sign off the selected patient&apos;s latest result as reviewed by you, with an optional comment</source>
        <translation>Valider en votre nom le dernier résultat du patient sélectionné, avec un commentaire facultatif</translation>
    </message>
    <message>
        <source>C&amp;ohort plot</source>
        <translation>Graphique de la &amp;cohorte</translation>
    </message>
    <message>
        <source>Treatment &amp;groups (Peters 2013)</source>
        <translation>&amp;Groupes de traitement (Peters 2013)</translation>
    </message>
    <message>
        <source>Patients on metformin</source>
        <translation>Patients sous metformine</translation>
    </message>
    <message>
        <source>No database open: open one with File &gt; Open database (Ctrl+O).</source>
        <translation>Aucune base de données ouverte&#xa0;: ouvrez-en une avec Fichier &gt; Ouvrir une base de données (Ctrl+O).</translation>
    </message>
    <message>
        <source>Clinic not loaded: {error}</source>
        <translation>Clinique non chargée&#xa0;: {error}</translation>
    </message>
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
            <numerusform>%n patient en état critique ou bas en tête ; lecture de tous les résultats…</numerusform>
            <numerusform>%n patients en état critique ou bas en tête ; lecture de tous les résultats…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Ouvrir le patient</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copier la ligne</translation>
    </message>
    <message>
        <source>Cohort plot</source>
        <translation>Graphique de la cohorte</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Mois cumulés sous metformine (périodes d’arrêt non comptées)</translation>
    </message>
    <message>
        <source>Median of all results in each 6-month bin of cumulative time on metformin; results taken off it are left out</source>
        <translation>Médiane de tous les résultats par tranche de 6 mois de traitement cumulé par metformine&#xa0;; les résultats prélevés hors traitement sont exclus</translation>
    </message>
    <message>
        <source>metformin start</source>
        <translation>début de la metformine</translation>
    </message>
    <message>
        <source>one patient (faint)</source>
        <translation>un patient (trait pâle)</translation>
    </message>
    <message>
        <source>median per 6 months on metformin</source>
        <translation>médiane par 6 mois sous metformine</translation>
    </message>
    <message>
        <source>hypomagnesemia threshold</source>
        <translation>seuil d’hypomagnésémie</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hypomagnésémie sous {value}</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérique ({unit})</translation>
    </message>
    <message>
        <source>diet only</source>
        <translation>régime seul</translation>
    </message>
    <message>
        <source>metformin only</source>
        <translation>metformine seule</translation>
    </message>
    <message>
        <source>sulfonylurea only</source>
        <translation>sulfamide hypoglycémiant seul</translation>
    </message>
    <message>
        <source>metformin + sulfonylurea</source>
        <translation>metformine + sulfamide hypoglycémiant</translation>
    </message>
    <message>
        <source>insulin-containing</source>
        <translation>avec insuline</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Clinic by treatment group, beside Peters et al. 2013</source>
        <translation>La clinique par groupe de traitement, à côté de Peters et al. 2013</translation>
    </message>
    <message>
        <source>Treatment group</source>
        <translation>Groupe de traitement</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean Mg, mmol/L (SD)</source>
        <translation>Mg moyen, mmol/L (ET)</translation>
    </message>
    <message>
        <source>% below 0.70</source>
        <translation>% sous 0,70</translation>
    </message>
    <message>
        <source>Peters 2013: n</source>
        <translation>Peters 2013&#xa0;: n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Moyenne (ET)</translation>
    </message>
    <message>
        <source>Published figures: {source}.</source>
        <translation>Chiffres publiés&#xa0;: {source}.</translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation>E&amp;xporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Computing the treatment groups…</source>
        <translation>Calcul des groupes de traitement…</translation>
    </message>
    <message>
        <source> ({k} uncertain)</source>
        <translation> ({k} incertains)</translation>
    </message>
    <message>
        <source>not studied</source>
        <translation>non étudié</translation>
    </message>
    <message>
        <source>Export the group table</source>
        <translation>Exporter le tableau des groupes</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
</context>
<context>
    <name>converter</name>
    <message>
        <source>Serum &amp;magnesium result</source>
        <translation>Résultat de &amp;magnésium sérique</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>p. ex. 1,8 ou 1.8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valeur du magnésium</translation>
    </message>
    <message>
        <source>Type or paste a value; a unit written after it also sets the unit.</source>
        <translation>Saisissez ou collez une valeur&#xa0;; une unité écrite après elle choisit aussi l’unité.</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unité de la valeur</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Message de saisie</translation>
    </message>
    <message>
        <source>Interpretation code</source>
        <translation>Code d’interprétation</translation>
    </message>
    <message>
        <source>This result in each unit</source>
        <translation>Ce résultat dans chaque unité</translation>
    </message>
    <message>
        <source>Unit warnings</source>
        <translation>Avertissements d’unité</translation>
    </message>
    <message>
        <source>&amp;Copy for note</source>
        <translation>&amp;Copier pour la note</translation>
    </message>
    <message>
        <source>Copy a sentence for the clinical note</source>
        <translation>Copier une phrase pour la note clinique</translation>
    </message>
    <message>
        <source>Copy a ready sentence for the clinical note (Ctrl+Shift+C)</source>
        <translation>Copier une phrase prête pour la note clinique (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>This result in {unit}</source>
        <translation>Ce résultat en {unit}</translation>
    </message>
    <message>
        <source>Threshold and bands</source>
        <translation>Seuil et intervalles</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Cette session</translation>
    </message>
    <message>
        <source>Press Enter to keep a conversion here. Kept in memory only, never saved.</source>
        <translation>Appuyez sur Entrée pour garder une conversion ici. Gardée en mémoire seulement, jamais enregistrée.</translation>
    </message>
    <message>
        <source>Conversions this session</source>
        <translation>Conversions de cette session</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Effacer l’&amp;historique</translation>
    </message>
    <message>
        <source>Clear this session&apos;s conversions</source>
        <translation>Effacer les conversions de cette session</translation>
    </message>
    <message>
        <source>Nothing to copy yet: enter a value first.</source>
        <translation>Rien à copier pour l’instant&#xa0;: saisissez d’abord une valeur.</translation>
    </message>
    <message>
        <source>Copied: {note}</source>
        <translation>Copié&#xa0;: {note}</translation>
    </message>
    <message>
        <source>Type a value to see it in every unit, with its class.</source>
        <translation>Saisissez une valeur pour la voir dans chaque unité, avec sa classe.</translation>
    </message>
    <message>
        <source>Interpretation code {code}</source>
        <translation>Code d’interprétation {code}</translation>
    </message>
    <message>
        <source>FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell).</source>
        <translation>Code FHIR Observation.interpretation (LL, L, N, H, HH&#xa0;; IND quand il est impossible de dire).</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil&#xa0;: {name}</translation>
    </message>
    <message>
        <source>This profile names no sources.</source>
        <translation>Ce profil ne cite aucune source.</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {threshold}</source>
        <translation>Hypomagnésémie sous {threshold}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>mgdesk met an unexpected error</source>
        <translation>mgdesk a rencontré une erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside mgdesk: {error}

Nothing you entered has been lost. The details were written to:
{path}

Please send that file to your IT contact. Further errors this session are logged only.</source>
        <translation>Un problème est survenu dans mgdesk&#xa0;: {error}

Rien de ce que vous avez saisi n’a été perdu. Les détails ont été écrits dans&#xa0;:
{path}

Veuillez envoyer ce fichier à votre contact informatique. Les erreurs suivantes de cette session seront seulement journalisées.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit patient</source>
        <translation>Modifier le patient</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Clinic identifier</source>
        <translation>Identifiant clinique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Clinic &amp;identifier (required)</source>
        <translation>&amp;Identifiant clinique (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexe</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Modifier le traitement</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Ajouter un traitement</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Classe médicamenteuse</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>stopped on</source>
        <translation>arrêté le</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Date d’arrêt</translation>
    </message>
    <message>
        <source>e.g. 1000 (optional)</source>
        <translation>p. ex. 1000 (facultatif)</translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation>Dose quotidienne en mg</translation>
    </message>
    <message>
        <source>Drug &amp;class</source>
        <translation>&amp;Classe médicamenteuse</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>&amp;Médicament</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêt</translation>
    </message>
    <message>
        <source>Daily d&amp;ose (mg)</source>
        <translation>D&amp;ose quotidienne (mg)</translation>
    </message>
    <message>
        <source>A dose change is a new course: stop this one and add the new dose.</source>
        <translation>Un changement de dose est un nouveau traitement&#xa0;: arrêtez celui-ci et ajoutez la nouvelle dose.</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>Modifier le résultat</translation>
    </message>
    <message>
        <source>Add magnesium result</source>
        <translation>Ajouter un résultat de magnésium</translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation>Date de prélèvement</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Collection time</source>
        <translation>Heure de prélèvement</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>p. ex. 1,8 ou 1.8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valeur du magnésium</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unité de la valeur</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratoire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Collected &amp;on</source>
        <translation>&amp;Prélevé le</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>S&amp;pecimen</source>
        <translation>É&amp;chantillon</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratoire</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mmentaire</translation>
    </message>
    <message>
        <source>Type the value as the lab wrote it, with its decimals.</source>
        <translation>Saisissez la valeur comme le laboratoire l’a écrite, avec ses décimales.</translation>
    </message>
    <message>
        <source>Stored, but not compared with serum bands nor drawn on the serum trend.</source>
        <translation>Enregistré, mais ni comparé aux intervalles sériques ni tracé sur la courbe sérique.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write {path}: the name must end in .png, .svg or .pdf.</source>
        <translation>Impossible d’écrire {path}&#xa0;: le nom doit finir par .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
        <source>Serum magnesium trend</source>
        <translation>Évolution du magnésium sérique</translation>
    </message>
    <message>
        <source>Made with mgdesk</source>
        <translation>Réalisé avec mgdesk</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>mgdesk user guide</source>
        <translation>Guide d’utilisation de mgdesk</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)</source>
        <translation>comme l’indique le fichier (dates ISO, ou une indication telle que «&#xa0;date (dd/mm/yyyy)&#xa0;»)</translation>
    </message>
    <message>
        <source>day first: 03/04/2024 is 3 April</source>
        <translation>jour d’abord&#xa0;: 03/04/2024 est le 3 avril</translation>
    </message>
    <message>
        <source>month first: 03/04/2024 is 4 March</source>
        <translation>mois d’abord&#xa0;: 03/04/2024 est le 4 mars</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Vérification de {name}…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importer {name}</translation>
    </message>
    <message>
        <source>How dates are written</source>
        <translation>Écriture des dates</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Pourquoi elle n’est pas importée</translation>
    </message>
    <message>
        <source>&amp;Save rejection report…</source>
        <translation>&amp;Enregistrer le rapport des rejets…</translation>
    </message>
    <message>
        <source>&amp;Forget this mapping</source>
        <translation>&amp;Oublier cette correspondance</translation>
    </message>
    <message>
        <source>Which PID-3 identifier is the clinic ID</source>
        <translation>Quel identifiant PID-3 est l’identifiant clinique</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;Patient ID (PID-3)</source>
        <translation>Identifiant du &amp;patient (PID-3)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>First rows as they will be stored</source>
        <translation>Premières lignes telles qu’elles seront enregistrées</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>mgdesk cannot tell which columns hold the patient, the date and the value. Choose what each column holds below; the file is checked again after each choice.</source>
        <translation>mgdesk ne peut pas déterminer quelles colonnes contiennent le patient, la date et la valeur. Choisissez ci-dessous ce que contient chaque colonne&#xa0;; le fichier est vérifié de nouveau après chaque choix.</translation>
    </message>
    <message>
        <source>Choices not remembered</source>
        <translation>Choix non mémorisés</translation>
    </message>
    <message>
        <source>magnesium results</source>
        <translation>résultats de magnésium</translation>
    </message>
    <message>
        <source>medication courses</source>
        <translation>périodes de traitement</translation>
    </message>
    <message>
        <source>{name}: {kind}. {good} rows can be imported, {bad} are rejected (below).</source>
        <translation>{name}&#xa0;: {kind}. {good} lignes peuvent être importées, {bad} sont rejetées (ci-dessous).</translation>
    </message>
    <message>
        <source>{count} other results are not magnesium; {warnings} warnings.</source>
        <translation>{count} autres résultats ne sont pas du magnésium&#xa0;; {warnings} avertissements.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation>
            <numerusform>%n ligne a une date comme 03/04/2024 qui se lit de deux façons&#xa0;: choisissez ci-dessus l’écriture des dates.</numerusform>
            <numerusform>%n lignes ont des dates comme 03/04/2024 qui se lisent de deux façons&#xa0;: choisissez ci-dessus l’écriture des dates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {same_sample}; not stored.</source>
        <translation>Ligne {line}&#xa0;: {same_sample}&#xa0;; non enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n de plus.</numerusform>
            <numerusform>… et %n de plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation>
            <numerusform>%n nouveau patient sera créé.</numerusform>
            <numerusform>%n nouveaux patients seront créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>avertissement&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Rejected rows: none, every row can be imported.</source>
        <translation>Lignes rejetées&#xa0;: aucune, toutes les lignes peuvent être importées.</translation>
    </message>
    <message>
        <source>Read {header} as</source>
        <translation>Lire {header} comme</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(non lue)</translation>
    </message>
    <message>
        <source>value, in {unit} unless a unit column says otherwise</source>
        <translation>valeur, en {unit} sauf si une colonne d’unité dit autre chose</translation>
    </message>
    <message>
        <source>Mapping remembered from {date} (a file with the same columns).</source>
        <translation>Correspondance mémorisée le {date} (un fichier aux mêmes colonnes).</translation>
    </message>
    <message>
        <source>the first of type MR, else the first (default)</source>
        <translation>le premier de type MR, sinon le premier (par défaut)</translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation>
            <numerusform>type {type}, attribué par {authority} (%n message)</numerusform>
            <numerusform>type {type}, attribué par {authority} (%n messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation>
            <numerusform>type {type} (%n message)</numerusform>
            <numerusform>type {type} (%n messages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Map lab code {code}</source>
        <translation>Associer le code de laboratoire {code}</translation>
    </message>
    <message>
        <source>not magnesium (not imported)</source>
        <translation>pas du magnésium (non importé)</translation>
    </message>
    <message>
        <source>= serum magnesium</source>
        <translation>= magnésium sérique</translation>
    </message>
    <message>
        <source>= urine magnesium</source>
        <translation>= magnésium urinaire</translation>
    </message>
    <message>
        <source>= red-cell magnesium</source>
        <translation>= magnésium érythrocytaire</translation>
    </message>
    <message>
        <source>The lab sends these results under its own code, and its name says magnesium. Choose what it measures to import them; the choice is remembered for the next file.</source>
        <translation>Le laboratoire envoie ces résultats sous son propre code, dont le nom indique le magnésium. Choisissez ce qu’il mesure pour les importer&#xa0;; le choix est mémorisé pour le fichier suivant.</translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation>
            <numerusform>Code de laboratoire {code} (%n résultat)</numerusform>
            <numerusform>Code de laboratoire {code} (%n résultats)</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are read as {field}: choose one.</source>
        <translation>Deux colonnes sont lues comme {field}&#xa0;: choisissez-en une.</translation>
    </message>
    <message>
        <source>not classified ({specimen})</source>
        <translation>non classé ({specimen})</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>Enregistrer le rapport des rejets</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation>Impossible d’écrire {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.</source>
        <translation>{imported} importés, {duplicates} doublons ignorés, {created} nouveaux patients, {rejected} lignes rejetées.</translation>
    </message>
    <message>
        <source>Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).</source>
        <translation>Laissés tels que vous les aviez laissés&#xa0;: {deleted} supprimés auparavant, {corrected} corrigés auparavant (lignes {lines}).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database opened last, {path}, is not there (moved, deleted or on a drive not connected): no database is open. Open one with File &gt; Open database (Ctrl+O).</source>
        <translation>La dernière base de données ouverte, {path}, est introuvable (déplacée, supprimée ou sur un disque non connecté)&#xa0;: aucune base n’est ouverte. Ouvrez-en une avec Fichier &gt; Ouvrir une base de données (Ctrl+O).</translation>
    </message>
    <message>
        <source>Database: {path} (synthetic demo)</source>
        <translation>Base de données&#xa0;: {path} (démonstration fictive)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>Database closed. The converter works without one (Ctrl+1).</source>
        <translation>Base de données fermée. Le convertisseur fonctionne sans (Ctrl+1).</translation>
    </message>
    <message>
        <source>Open a patient database</source>
        <translation>Ouvrir une base de données de patients</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données mgdesk (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base de données non ouverte</translation>
    </message>
    <message>
        <source>Copy to the clinic server</source>
        <translation>Copier vers le serveur de la clinique</translation>
    </message>
    <message>
        <source>Open the workstation&apos;s database file first (File &gt; Open database); it is copied as is.</source>
        <translation>Ouvrez d’abord le fichier de base de données du poste (Fichier &gt; Ouvrir une base de données) ; il est copié tel quel.</translation>
    </message>
    <message>
        <source>The server database holds records</source>
        <translation>La base du serveur contient des dossiers</translation>
    </message>
    <message>
        <source>{error}

Add this database&apos;s records beside them? Identifiers are moved past the server&apos;s; a clinic ID both use stops the copy with nothing kept.</source>
        <translation>{error}

Ajouter les dossiers de cette base à côté des leurs ? Les identifiants sont décalés après ceux du serveur ; un identifiant clinique présent des deux côtés arrête la copie sans rien garder.</translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation>Rien n’a été copié</translation>
    </message>
    <message>
        <source>Copy this database to the clinic server</source>
        <translation>Copier cette base vers le serveur de la clinique</translation>
    </message>
    <message>
        <source>{error}

Nothing was copied.</source>
        <translation>{error}

Rien n’a été copié.</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {checksum}</source>
        <translation>{table} : {rows} lignes, somme de contrôle {checksum}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and verified: every table has the same rows and checksum there.</source>
        <translation>{source} copiée vers {target} et vérifiée : chaque table y a les mêmes lignes et la même somme de contrôle.</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>Copie vérifiée</translation>
    </message>
    <message>
        <source>Open the clinic server now</source>
        <translation>Ouvrir le serveur de la clinique maintenant</translation>
    </message>
    <message>
        <source>Copying the database to the clinic server…</source>
        <translation>Copie de la base vers le serveur de la clinique…</translation>
    </message>
    <message>
        <source>New patient database</source>
        <translation>Nouvelle base de données de patients</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3)</source>
        <translation>Bases de données mgdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Database not created</source>
        <translation>Base de données non créée</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} existe déjà&#xa0;; ouvrez-la plutôt.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Aucune base de données</translation>
    </message>
    <message>
        <source>Open or create a patient database first.</source>
        <translation>Ouvrez ou créez d’abord une base de données de patients.</translation>
    </message>
    <message>
        <source>Import results or medications</source>
        <translation>Importer des résultats ou des traitements</translation>
    </message>
    <message>
        <source>CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)</source>
        <translation>Fichiers CSV, HL7 v2 et FHIR (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Nothing of {name} was stored.</source>
        <translation>Rien de {name} n’a été enregistré.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l’importation</translation>
    </message>
    <message>
        <source>{error}

Nothing of the file was stored.</source>
        <translation>{error}

Rien du fichier n’a été enregistré.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>Enregistrer le rapport des rejets…</translation>
    </message>
    <message>
        <source>Open a patient database first.</source>
        <translation>Ouvrez d’abord une base de données de patients.</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exporter en FHIR</translation>
    </message>
    <message>
        <source>Export only patient {id}? (No: every patient)</source>
        <translation>Exporter seulement le patient {id}&#xa0;? (Non&#xa0;: tous les patients)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation>
            <numerusform>%n résultat exporté en FHIR dans {name}.</numerusform>
            <numerusform>%n résultats exportés en FHIR dans {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export medications</source>
        <translation>Exporter les traitements</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {name}.</source>
        <translation>Exporté dans {name}.</translation>
    </message>
    <message>
        <source>Building the demo clinic…</source>
        <translation>Création de la clinique de démonstration…</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinique de démonstration</translation>
    </message>
    <message>
        <source>mgdesk - serum magnesium</source>
        <translation>mgdesk - magnésium sérique</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Converter</source>
        <translation>Convertisseur</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clinique</translation>
    </message>
    <message>
        <source>Results entered while the clinic server could not be reached</source>
        <translation>Résultats saisis pendant que le serveur de la clinique était injoignable</translation>
    </message>
    <message>
        <source>Offline: nothing about a patient leaves this computer.</source>
        <translation>Hors ligne&#xa0;: aucune donnée de patient ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose a lab profile</source>
        <translation>Choisir un profil de laboratoire</translation>
    </message>
    <message>
        <source>Lab profiles (*.toml);;All files (*)</source>
        <translation>Profils de laboratoire (*.toml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Profile not loaded</source>
        <translation>Profil non chargé</translation>
    </message>
    <message>
        <source>{error}

The profile in use is unchanged.</source>
        <translation>{error}

Le profil utilisé reste inchangé.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Profil&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Chosen profile not usable ({problem}); using the default.</source>
        <translation>Profil choisi inutilisable ({problem})&#xa0;; le profil par défaut est utilisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation>
            <numerusform>%n résultat en attente d’envoi</numerusform>
            <numerusform>%n résultats en attente d’envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation>
            <numerusform>%n résultat refusé : ouvrir</numerusform>
            <numerusform>%n résultats refusés : ouvrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation>
            <numerusform>%n résultat a été refusé par le serveur de la clinique et est gardé : cliquez sur la note d’envoi.</numerusform>
            <numerusform>%n résultats ont été refusés par le serveur de la clinique et sont gardés : cliquez sur la note d’envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation>
            <numerusform>%n résultat envoyé au serveur de la clinique.</numerusform>
            <numerusform>%n résultats envoyés au serveur de la clinique.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server answers again.</source>
        <translation>Le serveur de la clinique répond de nouveau.</translation>
    </message>
    <message>
        <source>Clinic server out of reach; results you add wait here.</source>
        <translation>Serveur de la clinique injoignable ; les résultats saisis attendent ici.</translation>
    </message>
    <message>
        <source>About mgdesk</source>
        <translation>À propos de mgdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Serum magnesium for clinics that treat type 2 diabetes: exact unit conversion, classification against 0.70 mmol/L, trends over time on metformin.&lt;br&gt;Offline: nothing about a patient leaves this computer.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Le magnésium sérique pour les cliniques qui traitent le diabète de type 2&#xa0;: conversion exacte des unités, classement par rapport à 0,70 mmol/L, évolution au fil du traitement par metformine.&lt;br&gt;Hors ligne&#xa0;: aucune donnée de patient ne quitte cet ordinateur.&lt;br&gt;Licence&#xa0;: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation>Se connecter au &amp;serveur de la clinique…</translation>
    </message>
    <message>
        <source>Cop&amp;y this database to the clinic server…</source>
        <translation>&amp;Copier cette base vers le serveur de la clinique…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exporter en &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export &amp;medications…</source>
        <translation>Exporter les &amp;traitements…</translation>
    </message>
    <message>
        <source>Export p&amp;lot…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>&amp;Rapport du patient (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primer le rapport du patient…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Fer&amp;mer la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy for clinical note</source>
        <translation>&amp;Copier pour la note clinique</translation>
    </message>
    <message>
        <source>&amp;Keep in history</source>
        <translation>&amp;Garder dans l’historique</translation>
    </message>
    <message>
        <source>Clear &amp;value</source>
        <translation>Effacer la &amp;valeur</translation>
    </message>
    <message>
        <source>&amp;Enter a new value</source>
        <translation>&amp;Saisir une nouvelle valeur</translation>
    </message>
    <message>
        <source>Clear this session&apos;s &amp;history</source>
        <translation>Effacer l’&amp;historique de cette session</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Next unit</source>
        <translation>Unité &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Supprimer le patient…</translation>
    </message>
    <message>
        <source>Add &amp;result…</source>
        <translation>&amp;Ajouter un résultat…</translation>
    </message>
    <message>
        <source>Add &amp;medication…</source>
        <translation>Ajouter un &amp;traitement…</translation>
    </message>
    <message>
        <source>Show or hide the patient &amp;list</source>
        <translation>Afficher ou masquer la &amp;liste des patients</translation>
    </message>
    <message>
        <source>Show or hide results and medications &amp;tables</source>
        <translation>Afficher ou masquer les ta&amp;bleaux des résultats et traitements</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Pa&amp;ramètres</translation>
    </message>
    <message>
        <source>Choose lab &amp;profile…</source>
        <translation>Choisir le &amp;profil de laboratoire…</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Utiliser le profil par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open the &amp;demo clinic (synthetic patients)</source>
        <translation>Ouvrir la clinique de &amp;démonstration (patients fictifs)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>About the &amp;numbers</source>
        <translation>À propos des &amp;chiffres</translation>
    </message>
    <message>
        <source>&amp;About mgdesk</source>
        <translation>À &amp;propos de mgdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies when mgdesk starts again.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de mgdesk.</translation>
    </message>
    <message>
        <source>Clinic ({n})</source>
        <translation>Clinique ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation>
            <numerusform>%n résultat attend la validation d’un clinicien</numerusform>
            <numerusform>%n résultats attendent la validation d’un clinicien</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation>Rien n’attend de validation</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marquer comme validé</translation>
    </message>
    <message>
        <source>Sign off the latest result of {id} as reviewed by you ({user}).
Comment (optional):</source>
        <translation>Valider en votre nom ({user}) le dernier résultat de {id}.
Commentaire (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <source>Choose a patient first (Ctrl+2).</source>
        <translation>Choisissez d’abord un patient (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Search by clinic ID or name (Ctrl+F)</source>
        <translation>Rechercher par identifiant clinique ou nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Nouveau &amp;patient…</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Liste des patients</translation>
    </message>
    <message>
        <source>Show or hide the patient list (Ctrl+B)</source>
        <translation>Afficher ou masquer la liste des patients (Ctrl+B)</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Patie&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Modifier le patient…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>&amp;Supprimer le patient…</translation>
    </message>
    <message>
        <source>Results and medications tables</source>
        <translation>Tableaux des résultats et traitements</translation>
    </message>
    <message>
        <source>Show or hide the results and medications tables (Ctrl+Shift+B)</source>
        <translation>Afficher ou masquer les tableaux des résultats et traitements (Ctrl+Maj+B)</translation>
    </message>
    <message>
        <source>Magnesium results</source>
        <translation>Résultats de magnésium</translation>
    </message>
    <message>
        <source>Medication courses</source>
        <translation>Périodes de traitement</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copier la ligne</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s trend</source>
        <translation>Afficher l’évolution du &amp;patient</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Opening the patient database…</source>
        <translation>Ouverture de la base de données de patients…</translation>
    </message>
    <message>
        <source>{reason}

The converter works without a database (Ctrl+1).</source>
        <translation>{reason}

Le convertisseur fonctionne sans base de données (Ctrl+1).</translation>
    </message>
    <message>
        <source>No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N).

The converter works without a database (Ctrl+1).</source>
        <translation>Aucune base de données n’est ouverte. Ouvrez-en une (Ctrl+O) ou créez-en une (Ctrl+Maj+N).

Le convertisseur fonctionne sans base de données (Ctrl+1).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add one (Ctrl+N).</source>
        <translation>Choisissez un patient dans la liste, ou ajoutez-en un (Ctrl+N).</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>né(e) en {year}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <source>Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.
Reason:</source>
        <translation>Supprimer {what}&#xa0;? L’élément est masqué, gardé dans le journal d’audit, et Annuler (Ctrl+Z) le rétablit.
Motif&#xa0;:</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>saisi par erreur</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>aucun motif donné</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>le patient {id}</translation>
    </message>
    <message>
        <source>{drug} from {start}</source>
        <translation>{drug} depuis le {start}</translation>
    </message>
    <message>
        <source>the result of {date} ({value} {unit})</source>
        <translation>le résultat du {date} ({value} {unit})</translation>
    </message>
    <message>
        <source>Same sample already stored</source>
        <translation>Même échantillon déjà enregistré</translation>
    </message>
    <message>
        <source>This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that time is the same sample within the written precision. Save it again anyway?</source>
        <translation>Ce patient a déjà {value} {unit} ({specimen}, {when}). {new_value} {new_unit} à ce moment est le même échantillon, à la précision écrite près. L’enregistrer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Clinic ID</source>
        <translation>Identifiant clinique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Valeur telle qu’écrite</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Mois cumulés sous metformine</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>{months} (off)</source>
        <translation>{months} (arrêt)</translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation>(provisoire)</translation>
    </message>
    <message>
        <source>(lab: {flag})</source>
        <translation>(labo&#xa0;: {flag})</translation>
    </message>
    <message>
        <source>The lab flagged it {flag}, which is not mgdesk&apos;s class against this profile.</source>
        <translation>Le laboratoire l’a signalé {flag}, ce qui n’est pas la classe de mgdesk selon ce profil.</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>{specimen} magnesium is not compared with serum bands.</source>
        <translation>Le magnésium ({specimen}) n’est pas comparé aux intervalles sériques.</translation>
    </message>
    <message>
        <source>{words} ({code}) against the profile “{profile}”{borderline}.</source>
        <translation>{words} ({code}) selon le profil «&#xa0;{profile}&#xa0;»{borderline}.</translation>
    </message>
    <message>
        <source>, borderline: its written precision straddles a band edge</source>
        <translation>, limite&#xa0;: sa précision écrite chevauche une borne d’intervalle</translation>
    </message>
    <message>
        <source>It could be on either side of the hypomagnesemia threshold.</source>
        <translation>Il pourrait être d’un côté ou de l’autre du seuil d’hypomagnésémie.</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Classe médicamenteuse</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose quotidienne (mg)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>metformin</source>
        <translation>metformine</translation>
    </message>
    <message>
        <source>sulfonylurea</source>
        <translation>sulfamide hypoglycémiant</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>insuline</translation>
    </message>
    <message>
        <source>DPP-4 inhibitor</source>
        <translation>inhibiteur de la DPP-4</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor</source>
        <translation>inhibiteur du SGLT2</translation>
    </message>
    <message>
        <source>GLP-1 agonist</source>
        <translation>agoniste du GLP-1</translation>
    </message>
    <message>
        <source>proton-pump inhibitor</source>
        <translation>inhibiteur de la pompe à protons</translation>
    </message>
    <message>
        <source>loop diuretic</source>
        <translation>diurétique de l’anse</translation>
    </message>
    <message>
        <source>thiazide diuretic</source>
        <translation>diurétique thiazidique</translation>
    </message>
    <message>
        <source>magnesium supplement</source>
        <translation>supplément de magnésium</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>sérum</translation>
    </message>
    <message>
        <source>plasma</source>
        <translation>plasma</translation>
    </message>
    <message>
        <source>urine</source>
        <translation>urine</translation>
    </message>
    <message>
        <source>red-cell</source>
        <translation>érythrocytes</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>born {year}</source>
        <translation>né(e) en {year}</translation>
    </message>
    <message>
        <source>sex {sex}</source>
        <translation>sexe {sex}</translation>
    </message>
    <message>
        <source>SYNTHETIC – a demo patient made by mgdesk&apos;s demo clinic, not a real person.</source>
        <translation>FICTIF – un patient de démonstration créé par la clinique de démonstration de mgdesk, pas une personne réelle.</translation>
    </message>
    <message>
        <source>Serum magnesium report</source>
        <translation>Rapport du magnésium sérique</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Les chiffres</translation>
    </message>
    <message>
        <source>Serum/plasma results ({n})</source>
        <translation>Résultats sériques/plasmatiques ({n})</translation>
    </message>
    <message>
        <source>The latest {shown} of {n} are listed; the plot shows all.</source>
        <translation>Les {shown} plus récents sur {n} sont listés&#xa0;; le graphique les montre tous.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tel qu’écrit</translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation>En {unit}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Échantillon</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limite</translation>
    </message>
    <message>
        <source> (off metformin)</source>
        <translation> (hors metformine)</translation>
    </message>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation>
            <numerusform>%n résultat urinaire ou érythrocytaire n’est pas sérique et n’est pas montré.</numerusform>
            <numerusform>%n résultats urinaires ou érythrocytaires ne sont pas sériques et ne sont pas montrés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile and conversion</source>
        <translation>Profil et conversion</translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation>Profil&#xa0;: {name}.</translation>
    </message>
    <message>
        <source>hypomagnesemia below</source>
        <translation>hypomagnésémie sous</translation>
    </message>
    <message>
        <source>Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).</source>
        <translation>Nouveau dosage {on} mois après le dernier résultat sous metformine, {low} mois après un résultat bas (règle de la clinique).</translation>
    </message>
    <message>
        <source>Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).</source>
        <translation>Conversion&#xa0;: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (masse molaire du Mg 24,305 g/mol, masse atomique standard CIAAW&#xa0;; charge de Mg2+ 2, mEq = mmol x valence, conversions d’unités du Manuel Merck).</translation>
    </message>
    <message>
        <source>Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn.</source>
        <translation>Établi {when} par {user} avec mgdesk {version}, à la date du {today}. Seuls les résultats sériques/plasmatiques sont tracés.</translation>
    </message>
    <message>
        <source>SYNTHETIC demo patient.</source>
        <translation>Patient de démonstration FICTIF.</translation>
    </message>
    <message>
        <source>Cannot write or print the report.</source>
        <translation>Impossible d’écrire ou d’imprimer le rapport.</translation>
    </message>
    <message>
        <source>Serum magnesium report {id}</source>
        <translation>Rapport du magnésium sérique {id}</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Impossible d’écrire {path}.</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Imprimer le rapport du patient</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>already reached (about {month})</source>
        <translation>déjà atteint (vers {month})</translation>
    </message>
    <message>
        <source>about {month}</source>
        <translation>vers {month}</translation>
    </message>
    <message>
        <source>overdue by {span} (due {date})</source>
        <translation>en retard de {span} (prévu le {date})</translation>
    </message>
    <message>
        <source>{date} (due within a month)</source>
        <translation>{date} (prévu dans le mois)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limite</translation>
    </message>
    <message>
        <source>{value} {unit} ({words}) on {date}</source>
        <translation>{value} {unit} ({words}) le {date}</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Since last test</source>
        <translation>Depuis le dernier dosage</translation>
    </message>
    <message>
        <source>{months} months (cumulative)</source>
        <translation>{months} mois (cumulés)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation>
            <numerusform>%n résultat hors metformine</numerusform>
            <numerusform>%n résultats hors metformine</numerusform>
        </translation>
    </message>
    <message>
        <source>Time on metformin</source>
        <translation>Durée sous metformine</translation>
    </message>
    <message>
        <source>too few results</source>
        <translation>trop peu de résultats</translation>
    </message>
    <message>
        <source>never on metformin</source>
        <translation>jamais sous metformine</translation>
    </message>
    <message>
        <source>{slope} {unit}/year (95% CI {low} to {high})</source>
        <translation>{slope} {unit}/an (IC à 95&#xa0;% {low} à {high})</translation>
    </message>
    <message>
        <source>Slope on metformin</source>
        <translation>Pente sous metformine</translation>
    </message>
    <message>
        <source>Mean before / after</source>
        <translation>Moyenne avant / après</translation>
    </message>
    <message>
        <source>{before} / {after} {unit}</source>
        <translation>{before} / {after} {unit}</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Sous le seuil</translation>
    </message>
    <message>
        <source>Projected crossing</source>
        <translation>Franchissement prévu</translation>
    </message>
    <message>
        <source>▼ FALLING</source>
        <translation>▼ EN BAISSE</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Falling alert</source>
        <translation>Alerte de baisse</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nouveau dosage prévu</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>FICTIF</translation>
    </message>
    <message>
        <source>Synthetic demo patient, not a real person</source>
        <translation>Patient de démonstration fictif, pas une personne réelle</translation>
    </message>
    <message>
        <source>A synthetic demo patient, not a real person: generated by mgdesk&apos;s demo clinic to show how it works.</source>
        <translation>Un patient de démonstration fictif, pas une personne réelle&#xa0;: créé par la clinique de démonstration de mgdesk pour montrer son fonctionnement.</translation>
    </message>
    <message>
        <source>Magnesium unit</source>
        <translation>Unité du magnésium</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Axe du temps</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Date du calendrier</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Mois cumulés sous metformine</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unité</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Temps</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Aucun patient sélectionné.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the plot, write the patient report (PDF) or print it</source>
        <translation>Exporter le graphique, écrire le rapport du patient (PDF) ou l’imprimer</translation>
    </message>
    <message>
        <source>Plot as PNG image…</source>
        <translation>Graphique en image PNG…</translation>
    </message>
    <message>
        <source>Plot as SVG drawing…</source>
        <translation>Graphique en dessin SVG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Graphique en PDF…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>&amp;Rapport du patient (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primer le rapport du patient…</translation>
    </message>
    <message>
        <source>No patient is shown.</source>
        <translation>Aucun patient n’est affiché.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Save patient report</source>
        <translation>Enregistrer le rapport du patient</translation>
    </message>
    <message>
        <source>mgdesk</source>
        <translation>mgdesk</translation>
    </message>
    <message>
        <source>Metformin</source>
        <translation>Metformine</translation>
    </message>
    <message>
        <source>Other diabetes</source>
        <translation>Autre antidiabétique</translation>
    </message>
    <message>
        <source>PPI</source>
        <translation>IPP</translation>
    </message>
    <message>
        <source>Diuretic</source>
        <translation>Diurétique</translation>
    </message>
    <message>
        <source>Mg supplement</source>
        <translation>Supplément de Mg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>{drug} {dose} mg/day</source>
        <translation>{drug} {dose} mg/j</translation>
    </message>
    <message>
        <source>Magnesium trend plot</source>
        <translation>Graphique de l’évolution du magnésium</translation>
    </message>
    <message>
        <source>metformin started</source>
        <translation>début de la metformine</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Mois cumulés sous metformine (périodes d’arrêt non comptées)</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérique ({unit})</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hypomagnésémie sous {value}</translation>
    </message>
    <message>
        <source>As written: {written}</source>
        <translation>Tel qu’écrit&#xa0;: {written}</translation>
    </message>
    <message>
        <source>= {value} {unit}</source>
        <translation>= {value} {unit}</translation>
    </message>
    <message>
        <source>{words}, borderline (its precision cannot tell the side of a band edge)</source>
        <translation>{words}, limite (sa précision ne permet pas de situer la borne d’intervalle)</translation>
    </message>
    <message>
        <source>Off metformin (after {months} cumulative months on it): not in the fit</source>
        <translation>Hors metformine (après {months} mois cumulés de traitement)&#xa0;: exclu de l’ajustement</translation>
    </message>
    <message>
        <source>{months} cumulative months on metformin</source>
        <translation>{months} mois cumulés sous metformine</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>Taking: {medications}</source>
        <translation>Traitements&#xa0;: {medications}</translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>Aucun traitement</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>critiquement bas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>critiquement élevé</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Review the latest result of {id}</source>
        <translation>Valider le dernier résultat de {id}</translation>
    </message>
    <message>
        <source>Add patient {id}</source>
        <translation>Ajouter le patient {id}</translation>
    </message>
    <message>
        <source>Edit patient {id}</source>
        <translation>Modifier le patient {id}</translation>
    </message>
    <message>
        <source>Delete patient {id}</source>
        <translation>Supprimer le patient {id}</translation>
    </message>
    <message>
        <source>Add {drug}</source>
        <translation>Ajouter {drug}</translation>
    </message>
    <message>
        <source>Edit {drug}</source>
        <translation>Modifier {drug}</translation>
    </message>
    <message>
        <source>Delete {drug}</source>
        <translation>Supprimer {drug}</translation>
    </message>
    <message>
        <source>Add result {value} {unit}</source>
        <translation>Ajouter le résultat {value} {unit}</translation>
    </message>
    <message>
        <source>Edit result of {date}</source>
        <translation>Modifier le résultat du {date}</translation>
    </message>
    <message>
        <source>Delete result of {date}</source>
        <translation>Supprimer le résultat du {date}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{shown} (clinic threshold; literature {literature} mmol/L)</source>
        <translation>{shown} (seuil de la clinique&#xa0;; littérature {literature} mmol/L)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
</TS>
