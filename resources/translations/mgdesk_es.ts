<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>clinic threshold {value} {unit}; literature {literature} {unit}</source>
        <translation>umbral de la clínica {value} {unit}; bibliografía {literature} {unit}</translation>
    </message>
    <message>
        <source>Below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Por debajo del umbral de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>Not below the hypomagnesemia threshold of {threshold}.</source>
        <translation>No está por debajo del umbral de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>Cannot tell whether below the hypomagnesemia threshold of {threshold}.</source>
        <translation>No se puede determinar si está por debajo del umbral de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>any value below {bound} mmol/L</source>
        <translation>cualquier valor por debajo de {bound} mmol/L</translation>
    </message>
    <message>
        <source>any value above {bound} mmol/L</source>
        <translation>cualquier valor por encima de {bound} mmol/L</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}, on both sides of the hypomagnesemia threshold of {threshold}: cannot tell. It could be {classes}.</source>
        <translation>{value} {unit} corresponde a {span}, a ambos lados del umbral de hipomagnesemia de {threshold}: no se puede determinar. Podría ser {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}: classed {category}, it could be {classes}.</source>
        <translation>{value} {unit} corresponde a {span}: se clasifica como {category}, podría ser {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L edge. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} podría ser {low} a {high} mmol/L: abarca el límite de {edges} mmol/L. Su precisión escrita no permite saber de qué lado.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L threshold. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} podría ser {low} a {high} mmol/L: abarca el umbral de {edges} mmol/L. Su precisión escrita no permite saber de qué lado.</translation>
    </message>
    <message>
        <source>{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit.</source>
        <translation>{value} {unit} es {category}; como {value} {other_unit} sería {mmol} mmol/L, normal; revise la unidad.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.</source>
        <translation>{value} {unit} podría ser {classes}: está a ambos lados del umbral, así que mgdesk no puede determinarlo.</translation>
    </message>
    <message>
        <source>{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}.</source>
        <translation>{mmol} mmol/L está en el intervalo {band} mmol/L: {category} según el perfil {profile}.</translation>
    </message>
    <message>
        <source>{category}, borderline</source>
        <translation>{category}, limítrofe</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérico {value} {unit} ({details}; umbral de hipomagnesemia {threshold})</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérico {value} {unit} = {mmol} mmol/L ({details}; umbral de hipomagnesemia {threshold})</translation>
    </message>
    <message>
        <source>Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.</source>
        <translation>Escriba un valor, p. ej., 1,8 mg/dL o 0,74 mmol/L.</translation>
    </message>
    <message>
        <source>The entry is too long ({length} characters) for one value.</source>
        <translation>La entrada es demasiado larga ({length} caracteres) para un solo valor.</translation>
    </message>
    <message>
        <source>{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} no es un valor: escriba un número con coma o punto decimal (1,8 o 1.8), seguido, si lo desea, de su unidad.</translation>
    </message>
    <message>
        <source>{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} tiene un exponente: escriba el valor tal como lo imprimió el laboratorio, sin exponente (1,8 o 1.8), seguido, si lo desea, de su unidad.</translation>
    </message>
    <message>
        <source>The value is not a number (NaN or infinity): enter a measured value.</source>
        <translation>El valor no es un número (NaN o infinito): escriba un valor medido.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>El valor debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>Unknown qualifier {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; or nothing.</source>
        <translation>Calificador desconocido {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; o nada.</translation>
    </message>
    <message>
        <source>No unit given. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Falta la unidad. Unidades aceptadas: mg/dL (también mg/dl, mg/100mL, mg%), mg/L, mmol/L (también mmol/l, mM), umol/L (también µmol/L), mEq/L (también meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Give the unit of {text}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Indique la unidad de {text}. Unidades aceptadas: mg/dL (también mg/dl, mg/100mL, mg%), mg/L, mmol/L (también mmol/l, mM), umol/L (también µmol/L), mEq/L (también meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Unknown unit {unit}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Unidad desconocida {unit}. Unidades aceptadas: mg/dL (también mg/dl, mg/100mL, mg%), mg/L, mmol/L (también mmol/l, mM), umol/L (también µmol/L), mEq/L (también meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>{text} carries the unit {unit}, but {given} was also given.</source>
        <translation>{text} lleva la unidad {unit}, pero también se indicó {given}.</translation>
    </message>
    <message>
        <source>{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} supera {limit_mmol_per_l} mmol/L, algo que ningún paciente vivo tiene: revise la unidad.</translation>
    </message>
    <message>
        <source>{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} es {shown} mmol/L, por encima de {limit_mmol_per_l} mmol/L, algo que ningún paciente vivo tiene: revise la unidad.</translation>
    </message>
    <message>
        <source>{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: check the number and the unit.</source>
        <translation>{value} {unit} supera con creces {limit_mmol_per_l} mmol/L en cualquier unidad, algo que ningún paciente vivo tiene: revise el número y la unidad.</translation>
    </message>
    <message>
        <source>{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium value: check the number and the unit.</source>
        <translation>{value} {unit} está por debajo de {limit_mmol_per_l} mmol/L, demasiado pequeño para mostrarse o para ser un valor de magnesio medido: revise el número y la unidad.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>Unknown drug class {text}. Accepted: {accepted}.</source>
        <translation>Clase de medicamento desconocida {text}. Aceptadas: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell.</source>
        <translation>Muestra desconocida {text}. Aceptadas: serum, plasma, urine, red-cell.</translation>
    </message>
    <message>
        <source>A patient needs a clinic identifier.</source>
        <translation>Un paciente necesita un identificador de la clínica.</translation>
    </message>
    <message>
        <source>Birth year {year} is not plausible: it must lie between {earliest} and {latest}.</source>
        <translation>El año de nacimiento {year} no es plausible: debe estar entre {earliest} y {latest}.</translation>
    </message>
    <message>
        <source>The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest}).</source>
        <translation>La {what} {day} no es plausible: debe estar entre {earliest} y mañana ({latest}).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>fecha de suspensión</translation>
    </message>
    <message>
        <source>collection date</source>
        <translation>fecha de extracción</translation>
    </message>
    <message>
        <source>The course of {drug} stops ({stop}) before it starts ({start}).</source>
        <translation>El período de {drug} se suspende ({stop}) antes de iniciarse ({start}).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day).</source>
        <translation>La dosis diaria de {drug} debe ser un número de mg mayor que cero y menor que {limit} (un kilogramo al día).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} has more than three decimals of a mg.</source>
        <translation>La dosis diaria de {drug} tiene más de tres decimales de mg.</translation>
    </message>
    <message>
        <source>The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg).</source>
        <translation>La dosis diaria {text} no es un número de mg al día (p. ej., 1000 o 1000 mg).</translation>
    </message>
    <message>
        <source>The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one or two decimals.</source>
        <translation>La dosis diaria {text} es ambigua: escriba {whole} sin separador de miles, o un decimal con uno o dos decimales.</translation>
    </message>
    <message>
        <source>The daily dose {text} must be greater than zero.</source>
        <translation>La dosis diaria {text} debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})</source>
        <translation>{value} {unit} es la misma muestra que {kept_value} {kept_unit} ({specimen}, {when})</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} instead of {kept_unit}</source>
        <translation>{value} {unit} es la misma muestra que {kept_value} {kept_unit} ({specimen}, {when}), informada en {unit} en lugar de {kept_unit}</translation>
    </message>
    <message>
        <source>Profile {name}: {reason}</source>
        <translation>Perfil {name}: {reason}</translation>
    </message>
    <message>
        <source>{origin}: {reason}</source>
        <translation>{origin}: {reason}</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months from 1 to {most}, not {value}.</source>
        <translation>{key} debe ser un número entero de meses de 1 a {most}, no {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months, not {value}.</source>
        <translation>{key} debe ser un número entero de meses, no {value}.</translation>
    </message>
    <message>
        <source>retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin ({on_metformin}): a low result is re-tested sooner, not later.</source>
        <translation>retest_months_after_low ({after_low}) no debe ser mayor que retest_months_on_metformin ({on_metformin}): un resultado bajo se vuelve a analizar antes, no después.</translation>
    </message>
    <message>
        <source>every edge must be a finite number.</source>
        <translation>cada límite debe ser un número finito.</translation>
    </message>
    <message>
        <source>every edge must be greater than zero.</source>
        <translation>cada límite debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches.</source>
        <translation>hypomagnesemia_below debe ser menor que {limit} mmol/L, valor que ningún paciente vivo alcanza.</translation>
    </message>
    <message>
        <source>edges must rise: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</source>
        <translation>los límites deben ser crecientes: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</translation>
    </message>
    <message>
        <source>missing {keys}.</source>
        <translation>falta {keys}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>{key} debe ser un número, no {value}.</translation>
    </message>
    <message>
        <source>[sources] must be a table of texts.</source>
        <translation>[sources] debe ser una tabla de textos.</translation>
    </message>
    <message>
        <source>the profile needs a name.</source>
        <translation>el perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L.</source>
        <translation>{key} = {value} {unit} no es plausible; un límite de intervalo está entre {low} y {high} mmol/L.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), not {value} mmol/L.</source>
        <translation>hypomagnesemia_below debe estar entre critical_low_below y high_above ({low} a {high} mmol/L), no {value} mmol/L.</translation>
    </message>
    <message>
        <source>{key} is far too large to be plausible.</source>
        <translation>{key} es demasiado grande para ser plausible.</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value}.</source>
        <translation>{key} debe ser un número finito, no {value}.</translation>
    </message>
    <message>
        <source>{key} is far too large or too small to be plausible.</source>
        <translation>{key} es demasiado grande o demasiado pequeño para ser plausible.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: it is not a regular file.</source>
        <translation>No se puede leer el perfil {path}: no es un archivo normal.</translation>
    </message>
    <message>
        <source>Profile {path} is larger than {kb} KB; it cannot be a profile.</source>
        <translation>El perfil {path} ocupa más de {kb} KB; no puede ser un perfil.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: {detail}</source>
        <translation>No se puede leer el perfil {path}: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not valid TOML: {detail}</source>
        <translation>{origin} no es TOML válido: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not a profile: its arrays or tables are nested too deep.</source>
        <translation>{origin} no es un perfil: sus matrices o tablas están anidadas demasiado profundamente.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de datos</translation>
    </message>
    <message>
        <source>Cannot create {path}: its folder may not be written.</source>
        <translation>No se puede crear {path}: puede que no se permita escribir en su carpeta.</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be an mgdesk database.</source>
        <translation>{path} no es un archivo, así que no puede ser una base de datos de mgdesk.</translation>
    </message>
    <message>
        <source>{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an mgdesk database, or a new file name to create one.</source>
        <translation>{path} no es una base de datos (no empieza como un archivo SQLite). Se dejó como estaba; elija una base de datos de mgdesk, o un nombre de archivo nuevo para crear una.</translation>
    </message>
    <message>
        <source>{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation>{path} es de solo lectura. mgdesk necesita escribir en su base de datos: haga que el archivo se pueda escribir, o cópielo a una carpeta propia y abra la copia.</translation>
    </message>
    <message>
        <source>The folder of {path} may not be written; SQLite needs to keep its journal beside the file.</source>
        <translation>No se permite escribir en la carpeta de {path}; SQLite necesita guardar su diario junto al archivo.</translation>
    </message>
    <message>
        <source>Another program is using {where} and holds it locked; nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>Otro programa está usando {where} y lo mantiene bloqueado; no se cambió nada. Cierre el otro programa (o espere a que termine) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full or failing ({detail}); nothing was changed.</source>
        <translation>El disco que contiene {where} está lleno o falla ({detail}); no se cambió nada.</translation>
    </message>
    <message>
        <source>{where} may not be written (read-only file or folder); nothing was changed.</source>
        <translation>No se permite escribir en {where} (archivo o carpeta de solo lectura); no se cambió nada.</translation>
    </message>
    <message>
        <source>{where} is not an SQLite database; it was left as it is.</source>
        <translation>{where} no es una base de datos SQLite; se dejó como estaba.</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>No hay ninguna base de datos en {path}; no se creó nada. Abra otra base de datos o importe un archivo para empezar una.</translation>
    </message>
    <message>
        <source>There is an empty file at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>Hay un archivo vacío en {path}; no se creó nada. Abra otra base de datos o importe un archivo para empezar una.</translation>
    </message>
    <message>
        <source>This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). It was left untouched: update mgdesk to open it.</source>
        <translation>Esta base de datos la escribió un mgdesk más reciente (esquema {version}; este mgdesk conoce hasta {current}). No se tocó: actualice mgdesk para abrirla.</translation>
    </message>
    <message>
        <source>{text} is not a server address; write postgresql://user@host[:port]/database.</source>
        <translation>{text} no es una dirección de servidor; escriba postgresql://usuario@host[:puerto]/base_de_datos.</translation>
    </message>
    <message>
        <source>A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database.</source>
        <translation>Una contraseña en la dirección del servidor se guardaría y se mostraría como texto sin cifrar; mgdesk nunca la conserva. Póngala en ~/.pgpass (o PGPASSWORD, o una entrada de pg_service.conf) e indique postgresql://usuario@host/base_de_datos.</translation>
    </message>
    <message>
        <source>Name the database in the server address: postgresql://user@host[:port]/database ({text}).</source>
        <translation>Indique la base de datos en la dirección del servidor: postgresql://usuario@host[:puerto]/base_de_datos ({text}).</translation>
    </message>
    <message>
        <source>The clinic server refused the login to {where} ({detail}). Check the user name, and the password in ~/.pgpass (or PGPASSWORD); the server&apos;s administrator grants access.</source>
        <translation>El servidor de la clínica rechazó el inicio de sesión en {where} ({detail}). Revise el nombre de usuario y la contraseña en ~/.pgpass (o PGPASSWORD); el administrador del servidor concede el acceso.</translation>
    </message>
    <message>
        <source>The clinic server has no such database ({detail}); check the address or ask its administrator.</source>
        <translation>El servidor de la clínica no tiene esa base de datos ({detail}); revise la dirección o consulte a su administrador.</translation>
    </message>
    <message>
        <source>The clinic server could not be reached.</source>
        <translation>No se pudo acceder al servidor de la clínica.</translation>
    </message>
    <message>
        <source>Another workstation has just added a patient with this clinic identifier.</source>
        <translation>Otro puesto de trabajo acaba de agregar un paciente con este identificador de la clínica.</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps working; try again when the network or the server is back.</source>
        <translation>No se puede acceder al servidor de la clínica ({where}: {detail}). No se cambió nada allí. El conversor sigue funcionando; vuelva a intentarlo cuando la red o el servidor vuelvan a estar disponibles.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>la fecha está vacía</translation>
    </message>
    <message>
        <source>{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are written, or write ISO dates (2024-04-03)</source>
        <translation>{text} se puede leer con el día primero o con el mes primero (03/04 es el 3 de abril o el 4 de marzo): elija cómo se escriben las fechas, o escriba fechas ISO (2024-04-03)</translation>
    </message>
    <message>
        <source>{text}: write the year with four digits</source>
        <translation>{text}: escriba el año con cuatro cifras</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as 2024-04-03</source>
        <translation>{text} no es una fecha: escríbala como 2024-04-03</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} no es una fecha real</translation>
    </message>
    <message>
        <source>{text} is not a real date when read {order}</source>
        <translation>{text} no es una fecha real si se lee {order}</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>con el día primero</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>con el mes primero</translation>
    </message>
    <message>
        <source>{text} is not a time: write it as 08:15</source>
        <translation>{text} no es una hora: escríbala como 08:15</translation>
    </message>
    <message>
        <source>{text} is not a real time</source>
        <translation>{text} no es una hora real</translation>
    </message>
    <message>
        <source>{name} says it is {label} but is not</source>
        <translation>{name} dice estar en {label}, pero no lo está</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1252 text</source>
        <translation>{name} no es texto UTF-8 ni Windows-1252</translation>
    </message>
    <message>
        <source>{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8.</source>
        <translation>{what}: la línea {line} no se puede leer ({reason}). Guárdelo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL byte); save it as CSV.</source>
        <translation>{name} no es un archivo de texto (la línea {line} contiene un byte NUL); guárdelo como CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL character); save it as CSV.</source>
        <translation>{name} no es un archivo de texto (la línea {line} contiene un carácter NUL); guárdelo como CSV.</translation>
    </message>
    <message>
        <source>{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the whole file as CSV UTF-8.</source>
        <translation>{name} mezcla codificaciones: es UTF-8, pero la línea {line} no lo es (¿se pegó texto Windows-1252?). Guarde todo el archivo como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the first line {header} has no comma, semicolon or tab between column names.</source>
        <translation>{name}: la primera línea {header} no tiene coma, punto y coma ni tabulación entre los nombres de columna.</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicamentos</translation>
    </message>
    <message>
        <source>{name}: two columns mean {field}: {headers}.</source>
        <translation>{name}: dos columnas significan {field}: {headers}.</translation>
    </message>
    <message>
        <source>{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A results file needs patient, date, value (unit, specimen, comment optional); a medication file needs patient, drug_class, start (drug, stop, dose optional).</source>
        <translation>{name}: no es un archivo de {kind} que mgdesk pueda leer: no hay columna para {expected}. Columnas encontradas: {headers}. Un archivo de resultados necesita patient, date, value (unit, specimen, comment opcionales); un archivo de medicamentos necesita patient, drug_class, start (drug, stop, dose opcionales).</translation>
    </message>
    <message>
        <source>{name}: a {kind} file has no field {fields}.</source>
        <translation>{name}: un archivo de {kind} no tiene el campo {fields}.</translation>
    </message>
    <message>
        <source>{name}: the chosen mapping names a column the file does not have.</source>
        <translation>{name}: la correspondencia elegida nombra una columna que el archivo no tiene.</translation>
    </message>
    <message>
        <source>{name}: one column cannot be read as two fields.</source>
        <translation>{name}: una columna no se puede leer como dos campos.</translation>
    </message>
    <message>
        <source>{name}: choose a column for {fields}.</source>
        <translation>{name}: elija una columna para {fields}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name}: the header cannot be read ({detail}).</source>
        <translation>{name}: no se puede leer el encabezado ({detail}).</translation>
    </message>
    <message>
        <source>message type {kind} is not a lab result (ORU^R01)</source>
        <translation>el tipo de mensaje {kind} no es un resultado de laboratorio (ORU^R01)</translation>
    </message>
    <message>
        <source>HL7 version {version} is not v2</source>
        <translation>la versión de HL7 {version} no es v2</translation>
    </message>
    <message>
        <source>{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).</source>
        <translation>{text}: escriba una asignación de código de laboratorio como CODE=SPECIMEN o CODE^SYSTEM=SPECIMEN (MG=serum).</translation>
    </message>
    <message>
        <source>Cannot remember the lab import choices in {path}: {detail}.</source>
        <translation>No se pueden recordar las elecciones de importación de laboratorio en {path}: {detail}.</translation>
    </message>
    <message>
        <source>The outbox {path} cannot be used: {detail}.</source>
        <translation>La bandeja de salida {path} no se puede usar: {detail}.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>medication course</source>
        <translation>período de tratamiento</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id}.</source>
        <translation>Otro paciente ya tiene el identificador de la clínica {clinic_id}.</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead).</source>
        <translation>Otro paciente ya tiene el identificador de la clínica {clinic_id} (un paciente eliminado: restáurelo en su lugar).</translation>
    </message>
    <message>
        <source>Say why the {kind} is deleted; the reason is kept with it.</source>
        <translation>Indique por qué se elimina el registro ({kind}); el motivo se conserva con él.</translation>
    </message>
    <message>
        <source>This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it is kept beside the current one, to re-apply or discard.</source>
        <translation>Este registro ({kind}) lo cambió {changed_by}{where}{when} después de que usted lo abriera. Su cambio no se guardó; se conserva junto al actual, para volver a aplicarlo o descartarlo.</translation>
    </message>
    <message>
        <source> on {workstation}</source>
        <translation> en {workstation}</translation>
    </message>
    <message>
        <source> at {moment} UTC</source>
        <translation> a las {moment} UTC</translation>
    </message>
    <message>
        <source>{path} is the open patient database; mgdesk will not write over it.</source>
        <translation>{path} es la base de datos de pacientes abierta; mgdesk no la sobrescribirá.</translation>
    </message>
    <message>
        <source>{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write over it.</source>
        <translation>{path} pertenece a la base de datos de pacientes abierta {database} (su diario o una copia de seguridad); mgdesk no lo sobrescribirá.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>No se puede escribir {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} exists and is not a regular file; choose a file name.</source>
        <translation>{path} existe y no es un archivo normal; elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>{path} exists already; replace it, or choose another name.</source>
        <translation>{path} ya existe; reemplácelo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}; it was left as it was.</source>
        <translation>No se puede escribir {path}: {detail}; se dejó como estaba.</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s).</source>
        <translation>
            <numerusform>Se contó %n resultado de magnesio en suero/plasma.</numerusform>
            <numerusform>Se contaron %n resultados de magnesio en suero/plasma.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.</source>
        <translation>
            <numerusform>Se contó %n resultado de magnesio en suero/plasma; {excluded} resultados en orina o eritrocitos no se cuentan.</numerusform>
            <numerusform>Se contaron %n resultados de magnesio en suero/plasma; {excluded} resultados en orina o eritrocitos no se cuentan.</numerusform>
        </translation>
    </message>
    <message>
        <source>No serum/plasma result on file.</source>
        <translation>No hay ningún resultado en suero/plasma registrado.</translation>
    </message>
    <message>
        <source>The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of {mmol} mmol/L against the profile {profile}.</source>
        <translation>El resultado en suero/plasma más reciente ({date}, {value} {unit}), clasificado por su valor exacto de {mmol} mmol/L según el perfil {profile}.</translation>
    </message>
    <message>
        <source>Days from the latest result ({date}) to today ({today}).</source>
        <translation>Días desde el último resultado ({date}) hasta hoy ({today}).</translation>
    </message>
    <message numerus="yes">
        <source>; %n result(s) taken off metformin left out</source>
        <translation>
            <numerusform>; se excluye %n resultado tomado sin metformina</numerusform>
            <numerusform>; se excluyen %n resultados tomados sin metformina</numerusform>
        </translation>
    </message>
    <message>
        <source>Days taken since the first start ({start}), summed over every course; days off the drug are not counted. Results taken off metformin are drawn hollow grey and left out of the slope and the &apos;after&apos; mean.</source>
        <translation>Días de toma desde el primer inicio ({start}), sumados en todos los períodos de tratamiento; no se cuentan los días sin el medicamento. Los resultados tomados sin metformina se trazan en gris hueco y se excluyen de la pendiente y de la media “después”.</translation>
    </message>
    <message>
        <source>Never on metformin: there is no time on metformin to fit a slope over.</source>
        <translation>Nunca con metformina: no hay tiempo con metformina sobre el que ajustar una pendiente.</translation>
    </message>
    <message numerus="yes">
        <source>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</source>
        <translation>
            <numerusform>Muy pocos resultados: una pendiente necesita al menos 3 resultados numéricos en suero/plasma en al menos 2 fechas tomados con metformina (primer inicio {start}; %n encontrado{off_note}).</numerusform>
            <numerusform>Muy pocos resultados: una pendiente necesita al menos 3 resultados numéricos en suero/plasma en al menos 2 fechas tomados con metformina (primer inicio {start}; %n encontrados{off_note}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</source>
        <translation>
            <numerusform>Mínimos cuadrados ordinarios con %n resultado numérico en suero/plasma tomado con metformina (x = años acumulados con metformina, sin contar los días sin el medicamento; y = mmol/L{off_note}); intervalo del 95 % = pendiente +/- t({df} gl) {t} x error estándar {se}.</numerusform>
            <numerusform>Mínimos cuadrados ordinarios con %n resultados numéricos en suero/plasma tomados con metformina (x = años acumulados con metformina, sin contar los días sin el medicamento; y = mmol/L{off_note}); intervalo del 95 % = pendiente +/- t({df} gl) {t} x error estándar {se}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never on metformin: no before/after comparison.</source>
        <translation>Nunca con metformina: no hay comparación antes/después.</translation>
    </message>
    <message>
        <source>No numeric serum/plasma result before metformin was started on {start}.</source>
        <translation>No hay ningún resultado numérico en suero/plasma antes del inicio de la metformina el {start}.</translation>
    </message>
    <message>
        <source>Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin start ({start}) and the {n_after} taken on metformin{off_note}.</source>
        <translation>Medias aritméticas en mmol/L de los {n_before} resultados numéricos en suero/plasma anteriores al primer inicio de la metformina ({start}) y de los {n_after} tomados con metformina{off_note}.</translation>
    </message>
    <message numerus="yes">
        <source>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</source>
        <translation>
            <numerusform>La proporción de resultados en suero/plasma por debajo de {threshold}: {below} de %n; un resultado &apos;&lt;&apos; solo cuenta cuando su límite está en el umbral o por debajo.</numerusform>
            <numerusform>La proporción de resultados en suero/plasma por debajo de {threshold}: {below} de %n; un resultado &apos;&lt;&apos; solo cuenta cuando su límite está en el umbral o por debajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of serum/plasma results below {threshold}: 0 of 0.</source>
        <translation>La proporción de resultados en suero/plasma por debajo de {threshold}: 0 de 0.</translation>
    </message>
    <message>
        <source>No slope, so no projection.</source>
        <translation>Sin pendiente, no hay proyección.</translation>
    </message>
    <message>
        <source>Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% interval excludes zero.</source>
        <translation>Sin proyección: el cruce de {threshold} solo se proyecta cuando la pendiente es negativa y su intervalo del 95 % excluye el cero.</translation>
    </message>
    <message>
        <source>No crossing.</source>
        <translation>Sin cruce.</translation>
    </message>
    <message>
        <source>Not projected: the fitted line reaches {threshold} more than {years} years from now.</source>
        <translation>Sin proyección: la recta ajustada alcanza {threshold} dentro de más de {years} años.</translation>
    </message>
    <message>
        <source>The fitted line already reached {threshold} at {x} cumulative years on metformin; first started {start}.</source>
        <translation>La recta ajustada ya alcanzó {threshold} a los {x} años acumulados con metformina; primer inicio {start}.</translation>
    </message>
    <message>
        <source>The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day from today); first started {start}.</source>
        <translation>La recta ajustada alcanza {threshold} a los {x} años acumulados con metformina (si se toma todos los días desde hoy); primer inicio {start}.</translation>
    </message>
    <message>
        <source>the projected crossing is on or before {horizon} (today + {months} months) while the latest value is not below the threshold</source>
        <translation>el cruce previsto es el {horizon} o antes (hoy + {months} meses) mientras el último valor no está por debajo del umbral</translation>
    </message>
    <message>
        <source>Off: no projected crossing; the alert is on when {rule}.</source>
        <translation>Inactiva: no hay cruce previsto; la alerta se activa cuando {rule}.</translation>
    </message>
    <message>
        <source>Off: the latest value is already below the threshold; the alert is on when {rule}.</source>
        <translation>Inactiva: el último valor ya está por debajo del umbral; la alerta se activa cuando {rule}.</translation>
    </message>
    <message>
        <source>On: {rule}.</source>
        <translation>Activa: {rule}.</translation>
    </message>
    <message>
        <source>Off: the projected crossing is after {horizon}; the alert is on when {rule}.</source>
        <translation>Inactiva: el cruce previsto es posterior al {horizon}; la alerta se activa cuando {rule}.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file: a first test has been due since metformin was started.</source>
        <translation>No hay ningún resultado en suero/plasma registrado: se debe hacer un primer análisis desde el inicio de la metformina.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file and not on metformin: no re-test rule applies.</source>
        <translation>No hay ningún resultado en suero/plasma registrado y el paciente no toma metformina: no se aplica ninguna norma de nuevo análisis.</translation>
    </message>
    <message>
        <source>The latest result is not low and the patient is not on metformin today: no re-test rule applies.</source>
        <translation>El último resultado no es bajo y el paciente no toma metformina hoy: no se aplica ninguna norma de nuevo análisis.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval after a low result.</source>
        <translation>Previsto {months} meses después del último resultado ({date}): el intervalo de nuevo análisis del perfil tras un resultado bajo.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): it may be below the threshold, so the profile&apos;s re-test interval after a low result applies.</source>
        <translation>Previsto {months} meses después del último resultado ({date}): puede estar por debajo del umbral, así que se aplica el intervalo de nuevo análisis del perfil tras un resultado bajo.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval for a patient on metformin.</source>
        <translation>Previsto {months} meses después del último resultado ({date}): el intervalo de nuevo análisis del perfil para un paciente con metformina.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} o {last}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Results not yet on the clinic server</source>
        <translation>Resultados que aún no están en el servidor de la clínica</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Extracción</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar ahora</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n resultado pendiente de envío.</numerusform>
            <numerusform>%n resultados pendientes de envío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation>
            <numerusform>%n resultado no aceptado por el servidor: revíselo, regístrelo de nuevo si hace falta y luego descártelo.</numerusform>
            <numerusform>%n resultados no aceptados por el servidor: revise cada uno, regístrelo de nuevo si hace falta y luego descártelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>pendiente de envío</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>no aceptado: {reason}</translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation>¿Descartar este resultado?</translation>
    </message>
    <message>
        <source>{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from this computer? It is not stored anywhere else.</source>
        <translation>El servidor de la clínica no aceptó {value} {unit} de {patient} ({date}). ¿Descartarlo de esta computadora? No está guardado en ningún otro lugar.</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>⚠ The clinic server cannot be reached: showing what was read at {time}, not current. Results you add are kept on this computer and sent when it is back.</source>
        <translation>⚠ No se puede acceder al servidor de la clínica: se muestra lo leído a las {time}, no lo actual. Los resultados que agregue se guardan en esta computadora y se envían cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>The converter works as usual (Ctrl+1).</source>
        <translation>El conversor funciona como siempre (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation>Conexión al servidor de la clínica</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. TLS is used whenever the server offers it; choose require or verify-full to insist.</source>
        <translation>La contraseña se lee de ~/.pgpass (o PGPASSWORD); mgdesk nunca la guarda. Se usa TLS siempre que el servidor lo ofrezca; elija require o verify-full para exigirlo.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (or address) and the database.</source>
        <translation>Indique el nombre (o la dirección) del servidor y la base de datos.</translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation>Probando {address}…</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About the numbers</source>
        <translation>Acerca de las cifras</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversión</translation>
    </message>
    <message>
        <source>Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307]).</source>
        <translation>Masa molar del magnesio: 24,305 g/mol (peso atómico estándar de la CIAAW, intervalo [24,304; 24,307]).</translation>
    </message>
    <message>
        <source>Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions).</source>
        <translation>Carga del Mg2+: 2, por lo tanto 1 mmol/L = 2 mEq/L (mEq = mmol × valencia; Manual Merck, conversión de unidades).</translation>
    </message>
    <message>
        <source>1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.</source>
        <translation>1 mmol/L = 2,4305 mg/dL; 1 mg/dL = 0,41144 mmol/L = 0,82288 mEq/L.</translation>
    </message>
    <message>
        <source>Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.</source>
        <translation>Las bibliotecas genéricas de unidades (UCUM, ucumvert) cuentan 1 mEq como 1 mmol; eso es incorrecto para el Mg2+ y aquí no se usa.</translation>
    </message>
    <message>
        <source>Lab profile in use: {name}</source>
        <translation>Perfil de laboratorio en uso: {name}</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {t}.</source>
        <translation>Hipomagnesemia por debajo de {t}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The class is decided on the exact converted value; the table&apos;s ends are written so that every value written with as many decimals is in the band the table gives it. A value is borderline when its written precision (half a unit of its last decimal either side) cannot tell which side of a band edge it lies on. A result written with &lt; or &gt; is every value it can take: one band, that class; several bands on one side of the threshold, the class nearest normal, borderline; both sides of the threshold, indeterminate (IND).</source>
        <translation>La clase se decide sobre el valor convertido exacto; los extremos de la tabla están escritos de modo que todo valor escrito con el mismo número de decimales caiga en el intervalo que la tabla le asigna. Un valor es limítrofe cuando su precisión escrita (media unidad de su último decimal hacia cada lado) no permite saber de qué lado de un límite de intervalo está. Un resultado escrito con &lt; o &gt; es todos los valores que puede tomar: un solo intervalo, esa clase; varios intervalos del mismo lado del umbral, la clase más cercana a la normal, limítrofe; a ambos lados del umbral, indeterminado (IND).</translation>
    </message>
    <message>
        <source>Why magnesium and metformin</source>
        <translation>Por qué el magnesio y la metformina</translation>
    </message>
    <message>
        <source>Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes (Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</source>
        <translation>La hipomagnesemia (Mg sérico por debajo de 0,70 mmol/L) empeora la resistencia a la insulina en la diabetes tipo 2 (Gommers et al., Diabetes 2016;65:3-13). Quienes toman metformina tienen un Mg sérico más bajo, tanto más cuanto más largo es el tratamiento y más antidiabéticos toman (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Licences of bundled software</source>
        <translation>Licencias del software incluido</translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>Critical low</source>
        <translation>Críticamente bajo</translation>
    </message>
    <message>
        <source>Low (hypomagnesemia)</source>
        <translation>Bajo (hipomagnesemia)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Critical high</source>
        <translation>Críticamente alto</translation>
    </message>
    <message>
        <source>Cannot tell (indeterminate)</source>
        <translation>No se puede determinar (indeterminado)</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>críticamente bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>críticamente alto</translation>
    </message>
    <message>
        <source>cannot tell</source>
        <translation>indeterminado</translation>
    </message>
    <message>
        <source>~ {words} (borderline)</source>
        <translation>~ {words} (limítrofe)</translation>
    </message>
</context>
<context>
    <name>clinic</name>
    <message>
        <source>CRITICAL</source>
        <translation>CRÍTICO</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>con retraso</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>reviewed by {user} on {date}</source>
        <translation>revisado por {user} el {date}</translation>
    </message>
    <message>
        <source>● waiting for review</source>
        <translation>● pendiente de revisión</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Latest ({unit})</source>
        <translation>Último ({unit})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Slope ({unit}/year)</source>
        <translation>Pendiente ({unit}/año)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nuevo análisis previsto</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>Still being computed from all of this patient&apos;s results; the state and order are final.</source>
        <translation>Aún se está calculando a partir de todos los resultados de este paciente; el estado y el orden son definitivos.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sin resultados</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limítrofe</translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation>▼ en descenso</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>con retraso de {span}</translation>
    </message>
    <message>
        <source>Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; within each, results waiting for review first. A result waits for review when it is the latest and the patient is critical, low or falling (or it is indeterminate).</source>
        <translation>Orden de la lista de trabajo: crítico, bajo, en descenso, nuevo análisis con retraso, previsto dentro de un mes y luego el resto; dentro de cada grupo, primero los resultados pendientes de revisión. Un resultado queda pendiente de revisión cuando es el más reciente y el paciente está crítico, bajo o en descenso (o es indeterminado).</translation>
    </message>
    <message>
        <source>All on metformin</source>
        <translation>Todos con metformina</translation>
    </message>
    <message>
        <source>Metformin only (no other diabetes drug)</source>
        <translation>Solo metformina (ningún otro antidiabético)</translation>
    </message>
    <message>
        <source>Metformin with a sulfonylurea</source>
        <translation>Metformina con una sulfonilurea</translation>
    </message>
    <message>
        <source>Metformin with a proton-pump inhibitor</source>
        <translation>Metformina con un inhibidor de la bomba de protones</translation>
    </message>
    <message>
        <source>Metformin with a magnesium supplement</source>
        <translation>Metformina con un suplemento de magnesio</translation>
    </message>
    <message>
        <source>Co-medication filter</source>
        <translation>Filtro de medicación concomitante</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Pacientes:</translation>
    </message>
    <message>
        <source>SYNTHETIC – demo clinic</source>
        <translation>FICTICIO – clínica de demostración</translation>
    </message>
    <message>
        <source>Computing the clinic list</source>
        <translation>Calculando la lista de la clínica</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed…</source>
        <translation>Marcar como &amp;revisado…</translation>
    </message>
    <message>
        <source>Sign off the selected patient&apos;s latest result as reviewed by you, with an optional comment</source>
        <translation>Marcar como revisado por usted el último resultado del paciente seleccionado, con un comentario opcional</translation>
    </message>
    <message>
        <source>C&amp;ohort plot</source>
        <translation>Gráfico de la &amp;cohorte</translation>
    </message>
    <message>
        <source>Treatment &amp;groups (Peters 2013)</source>
        <translation>&amp;Grupos de tratamiento (Peters 2013)</translation>
    </message>
    <message>
        <source>Patients on metformin</source>
        <translation>Pacientes con metformina</translation>
    </message>
    <message>
        <source>No database open: open one with File &gt; Open database (Ctrl+O).</source>
        <translation>No hay ninguna base de datos abierta: abra una con Archivo &gt; Abrir base de datos (Ctrl+O).</translation>
    </message>
    <message>
        <source>Clinic not loaded: {error}</source>
        <translation>Clínica no cargada: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n critical or low patient(s) first; reading every result…</source>
        <translation>
            <numerusform>%n paciente crítico o bajo primero; leyendo todos los resultados…</numerusform>
            <numerusform>%n pacientes críticos o bajos primero; leyendo todos los resultados…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <source>Cohort plot</source>
        <translation>Gráfico de la cohorte</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Meses acumulados con metformina (sin contar las interrupciones)</translation>
    </message>
    <message>
        <source>Median of all results in each 6-month bin of cumulative time on metformin; results taken off it are left out</source>
        <translation>Mediana de todos los resultados en cada tramo de 6 meses de tiempo acumulado con metformina; se excluyen los resultados tomados sin metformina</translation>
    </message>
    <message>
        <source>metformin start</source>
        <translation>inicio de la metformina</translation>
    </message>
    <message>
        <source>one patient (faint)</source>
        <translation>un paciente (trazo tenue)</translation>
    </message>
    <message>
        <source>median per 6 months on metformin</source>
        <translation>mediana por 6 meses con metformina</translation>
    </message>
    <message>
        <source>hypomagnesemia threshold</source>
        <translation>umbral de hipomagnesemia</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hipomagnesemia por debajo de {value}</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérico ({unit})</translation>
    </message>
    <message>
        <source>diet only</source>
        <translation>solo dieta</translation>
    </message>
    <message>
        <source>metformin only</source>
        <translation>solo metformina</translation>
    </message>
    <message>
        <source>sulfonylurea only</source>
        <translation>solo sulfonilurea</translation>
    </message>
    <message>
        <source>metformin + sulfonylurea</source>
        <translation>metformina + sulfonilurea</translation>
    </message>
    <message>
        <source>insulin-containing</source>
        <translation>con insulina</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Clinic by treatment group, beside Peters et al. 2013</source>
        <translation>La clínica por grupo de tratamiento, junto a Peters et al. 2013</translation>
    </message>
    <message>
        <source>Treatment group</source>
        <translation>Grupo de tratamiento</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean Mg, mmol/L (SD)</source>
        <translation>Mg medio, mmol/L (DE)</translation>
    </message>
    <message>
        <source>% below 0.70</source>
        <translation>% por debajo de 0,70</translation>
    </message>
    <message>
        <source>Peters 2013: n</source>
        <translation>Peters 2013: n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Media (DE)</translation>
    </message>
    <message>
        <source>Published figures: {source}.</source>
        <translation>Cifras publicadas: {source}.</translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation>E&amp;xportar tabla como CSV…</translation>
    </message>
    <message>
        <source>Computing the treatment groups…</source>
        <translation>Calculando los grupos de tratamiento…</translation>
    </message>
    <message>
        <source> ({k} uncertain)</source>
        <translation> ({k} dudosos)</translation>
    </message>
    <message>
        <source>not studied</source>
        <translation>no estudiado</translation>
    </message>
    <message>
        <source>Export the group table</source>
        <translation>Exportar la tabla de grupos</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
</context>
<context>
    <name>converter</name>
    <message>
        <source>Serum &amp;magnesium result</source>
        <translation>Resultado de &amp;magnesio sérico</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>p. ej., 1,8 o 1.8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valor de magnesio</translation>
    </message>
    <message>
        <source>Type or paste a value; a unit written after it also sets the unit.</source>
        <translation>Escriba o pegue un valor; una unidad escrita después también fija la unidad.</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unidad del valor</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Mensaje sobre el valor</translation>
    </message>
    <message>
        <source>Interpretation code</source>
        <translation>Código de interpretación</translation>
    </message>
    <message>
        <source>This result in each unit</source>
        <translation>Este resultado en cada unidad</translation>
    </message>
    <message>
        <source>Unit warnings</source>
        <translation>Advertencias de unidad</translation>
    </message>
    <message>
        <source>&amp;Copy for note</source>
        <translation>&amp;Copiar para la nota</translation>
    </message>
    <message>
        <source>Copy a sentence for the clinical note</source>
        <translation>Copiar una frase para la nota clínica</translation>
    </message>
    <message>
        <source>Copy a ready sentence for the clinical note (Ctrl+Shift+C)</source>
        <translation>Copiar una frase lista para la nota clínica (Ctrl+Mayús+C)</translation>
    </message>
    <message>
        <source>This result in {unit}</source>
        <translation>Este resultado en {unit}</translation>
    </message>
    <message>
        <source>Threshold and bands</source>
        <translation>Umbral e intervalos</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sesión</translation>
    </message>
    <message>
        <source>Press Enter to keep a conversion here. Kept in memory only, never saved.</source>
        <translation>Presione Entrar para conservar aquí una conversión. Solo se guarda en memoria, nunca en disco.</translation>
    </message>
    <message>
        <source>Conversions this session</source>
        <translation>Conversiones de esta sesión</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Borrar &amp;historial</translation>
    </message>
    <message>
        <source>Clear this session&apos;s conversions</source>
        <translation>Borrar las conversiones de esta sesión</translation>
    </message>
    <message>
        <source>Nothing to copy yet: enter a value first.</source>
        <translation>Aún no hay nada que copiar: escriba primero un valor.</translation>
    </message>
    <message>
        <source>Copied: {note}</source>
        <translation>Copiado: {note}</translation>
    </message>
    <message>
        <source>Type a value to see it in every unit, with its class.</source>
        <translation>Escriba un valor para verlo en cada unidad, con su clase.</translation>
    </message>
    <message>
        <source>Interpretation code {code}</source>
        <translation>Código de interpretación {code}</translation>
    </message>
    <message>
        <source>FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell).</source>
        <translation>Código FHIR Observation.interpretation (LL, L, N, H, HH; IND cuando no se puede determinar).</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>This profile names no sources.</source>
        <translation>Este perfil no cita ninguna fuente.</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {threshold}</source>
        <translation>Hipomagnesemia por debajo de {threshold}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>mgdesk met an unexpected error</source>
        <translation>mgdesk encontró un error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside mgdesk: {error}

Nothing you entered has been lost. The details were written to:
{path}

Please send that file to your IT contact. Further errors this session are logged only.</source>
        <translation>Se produjo un problema dentro de mgdesk: {error}

No se perdió nada de lo que usted escribió. Los detalles se escribieron en:
{path}

Envíe ese archivo a su contacto de informática. Los demás errores de esta sesión solo se registrarán.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Clinic identifier</source>
        <translation>Identificador de la clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Año de nacimiento</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femenino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Clinic &amp;identifier (required)</source>
        <translation>&amp;Identificador de la clínica (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Año de nacimiento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicamento</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Agregar medicamento</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Clase de medicamento</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>stopped on</source>
        <translation>suspendido el</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Fecha de suspensión</translation>
    </message>
    <message>
        <source>e.g. 1000 (optional)</source>
        <translation>p. ej., 1000 (opcional)</translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation>Dosis diaria en mg</translation>
    </message>
    <message>
        <source>Drug &amp;class</source>
        <translation>&amp;Clase de medicamento</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;uspensión</translation>
    </message>
    <message>
        <source>Daily d&amp;ose (mg)</source>
        <translation>&amp;Dosis diaria (mg)</translation>
    </message>
    <message>
        <source>A dose change is a new course: stop this one and add the new dose.</source>
        <translation>Un cambio de dosis es un nuevo período de tratamiento: suspenda este y agregue la nueva dosis.</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <source>Add magnesium result</source>
        <translation>Agregar resultado de magnesio</translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation>Fecha de extracción</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Collection time</source>
        <translation>Hora de extracción</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>p. ej., 1,8 o 1.8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valor de magnesio</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unidad del valor</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Collected &amp;on</source>
        <translation>&amp;Extraído el</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>S&amp;pecimen</source>
        <translation>M&amp;uestra</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratorio</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentario</translation>
    </message>
    <message>
        <source>Type the value as the lab wrote it, with its decimals.</source>
        <translation>Escriba el valor tal como lo escribió el laboratorio, con sus decimales.</translation>
    </message>
    <message>
        <source>Stored, but not compared with serum bands nor drawn on the serum trend.</source>
        <translation>Se guarda, pero no se compara con los intervalos séricos ni se traza en la evolución sérica.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write {path}: the name must end in .png, .svg or .pdf.</source>
        <translation>No se puede escribir {path}: el nombre debe terminar en .png, .svg o .pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
        <source>Serum magnesium trend</source>
        <translation>Evolución del magnesio sérico</translation>
    </message>
    <message>
        <source>Made with mgdesk</source>
        <translation>Hecho con mgdesk</translation>
    </message>
    <message>
        <source>Plot</source>
        <translation>Gráfico</translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <source>mgdesk user guide</source>
        <translation>Guía del usuario de mgdesk</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Valor escrito</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>as the file says (ISO dates, or a hint such as “date (dd/mm/yyyy)”)</source>
        <translation>según indique el archivo (fechas ISO, o una indicación como “date (dd/mm/yyyy)”)</translation>
    </message>
    <message>
        <source>day first: 03/04/2024 is 3 April</source>
        <translation>primero el día: 03/04/2024 es el 3 de abril</translation>
    </message>
    <message>
        <source>month first: 03/04/2024 is 4 March</source>
        <translation>primero el mes: 03/04/2024 es el 4 de marzo</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Verificando {name}…</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Importar {name}</translation>
    </message>
    <message>
        <source>How dates are written</source>
        <translation>Cómo se escriben las fechas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Por qué no se importa</translation>
    </message>
    <message>
        <source>&amp;Save rejection report…</source>
        <translation>&amp;Guardar informe de rechazos…</translation>
    </message>
    <message>
        <source>&amp;Forget this mapping</source>
        <translation>&amp;Olvidar esta correspondencia</translation>
    </message>
    <message>
        <source>Which PID-3 identifier is the clinic ID</source>
        <translation>Qué identificador PID-3 es el ID de la clínica</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Fechas</translation>
    </message>
    <message>
        <source>&amp;Patient ID (PID-3)</source>
        <translation>ID del &amp;paciente (PID-3)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <source>First rows as they will be stored</source>
        <translation>Primeras filas tal como se guardarán</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Filas rechazadas</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>Se canceló la verificación.</translation>
    </message>
    <message>
        <source>mgdesk cannot tell which columns hold the patient, the date and the value. Choose what each column holds below; the file is checked again after each choice.</source>
        <translation>mgdesk no puede determinar qué columnas contienen el paciente, la fecha y el valor. Elija abajo qué contiene cada columna; el archivo se vuelve a verificar después de cada elección.</translation>
    </message>
    <message>
        <source>Choices not remembered</source>
        <translation>Elecciones no recordadas</translation>
    </message>
    <message>
        <source>magnesium results</source>
        <translation>resultados de magnesio</translation>
    </message>
    <message>
        <source>medication courses</source>
        <translation>períodos de tratamiento</translation>
    </message>
    <message>
        <source>{name}: {kind}. {good} rows can be imported, {bad} are rejected (below).</source>
        <translation>{name}: {kind}. Se pueden importar {good} filas; {bad} se rechazan (abajo).</translation>
    </message>
    <message>
        <source>{count} other results are not magnesium; {warnings} warnings.</source>
        <translation>Otros {count} resultados no son de magnesio; {warnings} advertencias.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation>
            <numerusform>%n fila tiene fechas como 03/04/2024 que se pueden leer de dos maneras: elija arriba cómo se escriben las fechas.</numerusform>
            <numerusform>%n filas tienen fechas como 03/04/2024 que se pueden leer de dos maneras: elija arriba cómo se escriben las fechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {same_sample}; not stored.</source>
        <translation>Línea {line}: {same_sample}; no se guarda.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… y %n más.</numerusform>
            <numerusform>… y %n más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation>
            <numerusform>Se creará %n paciente nuevo.</numerusform>
            <numerusform>Se crearán %n pacientes nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>advertencia: {reason}</translation>
    </message>
    <message>
        <source>Rejected rows: none, every row can be imported.</source>
        <translation>Filas rechazadas: ninguna, todas las filas se pueden importar.</translation>
    </message>
    <message>
        <source>Read {header} as</source>
        <translation>Leer {header} como</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(no se lee)</translation>
    </message>
    <message>
        <source>value, in {unit} unless a unit column says otherwise</source>
        <translation>valor, en {unit} salvo que una columna de unidad indique otra</translation>
    </message>
    <message>
        <source>Mapping remembered from {date} (a file with the same columns).</source>
        <translation>Correspondencia recordada del {date} (un archivo con las mismas columnas).</translation>
    </message>
    <message>
        <source>the first of type MR, else the first (default)</source>
        <translation>el primero de tipo MR o, si no hay, el primero (predeterminado)</translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation>
            <numerusform>tipo {type}, asignado por {authority} (%n mensaje)</numerusform>
            <numerusform>tipo {type}, asignado por {authority} (%n mensajes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation>
            <numerusform>tipo {type} (%n mensaje)</numerusform>
            <numerusform>tipo {type} (%n mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Map lab code {code}</source>
        <translation>Asignar el código de laboratorio {code}</translation>
    </message>
    <message>
        <source>not magnesium (not imported)</source>
        <translation>no es magnesio (no se importa)</translation>
    </message>
    <message>
        <source>= serum magnesium</source>
        <translation>= magnesio sérico</translation>
    </message>
    <message>
        <source>= urine magnesium</source>
        <translation>= magnesio en orina</translation>
    </message>
    <message>
        <source>= red-cell magnesium</source>
        <translation>= magnesio eritrocitario</translation>
    </message>
    <message>
        <source>The lab sends these results under its own code, and its name says magnesium. Choose what it measures to import them; the choice is remembered for the next file.</source>
        <translation>El laboratorio envía estos resultados con un código propio, y su nombre indica magnesio. Elija qué mide para importarlos; la elección se recuerda para el próximo archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation>
            <numerusform>Código de laboratorio {code} (%n resultado)</numerusform>
            <numerusform>Código de laboratorio {code} (%n resultados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are read as {field}: choose one.</source>
        <translation>Dos columnas se leen como {field}: elija una.</translation>
    </message>
    <message>
        <source>not classified ({specimen})</source>
        <translation>sin clasificar ({specimen})</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>Guardar informe de rechazos</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation>No se puede escribir {name}: {error}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.</source>
        <translation>{imported} importados, {duplicates} duplicados omitidos, {created} pacientes nuevos, {rejected} filas rechazadas.</translation>
    </message>
    <message>
        <source>Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).</source>
        <translation>Se dejaron como usted los había dejado: {deleted} eliminados antes, {corrected} corregidos antes (líneas {lines}).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database opened last, {path}, is not there (moved, deleted or on a drive not connected): no database is open. Open one with File &gt; Open database (Ctrl+O).</source>
        <translation>La última base de datos abierta, {path}, no está (se movió, se eliminó o está en una unidad no conectada): no hay ninguna base de datos abierta. Abra una con Archivo &gt; Abrir base de datos (Ctrl+O).</translation>
    </message>
    <message>
        <source>Database: {path} (synthetic demo)</source>
        <translation>Base de datos: {path} (demostración ficticia)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>No hay ninguna base de datos abierta</translation>
    </message>
    <message>
        <source>Database closed. The converter works without one (Ctrl+1).</source>
        <translation>Base de datos cerrada. El conversor funciona sin ella (Ctrl+1).</translation>
    </message>
    <message>
        <source>Open a patient database</source>
        <translation>Abrir una base de datos de pacientes</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de mgdesk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Base de datos no abierta</translation>
    </message>
    <message>
        <source>Copy to the clinic server</source>
        <translation>Copiar al servidor de la clínica</translation>
    </message>
    <message>
        <source>Open the workstation&apos;s database file first (File &gt; Open database); it is copied as is.</source>
        <translation>Primero abra el archivo de base de datos de este equipo (Archivo &gt; Abrir base de datos); se copia tal cual.</translation>
    </message>
    <message>
        <source>The server database holds records</source>
        <translation>La base de datos del servidor ya contiene registros</translation>
    </message>
    <message>
        <source>{error}

Add this database&apos;s records beside them? Identifiers are moved past the server&apos;s; a clinic ID both use stops the copy with nothing kept.</source>
        <translation>{error}

¿Agregar junto a ellos los registros de esta base de datos? Los identificadores se desplazan después de los del servidor; un ID de la clínica presente en ambas detiene la copia sin guardar nada.</translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation>No se copió nada</translation>
    </message>
    <message>
        <source>Copy this database to the clinic server</source>
        <translation>Copiar esta base de datos al servidor de la clínica</translation>
    </message>
    <message>
        <source>{error}

Nothing was copied.</source>
        <translation>{error}

No se copió nada.</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {checksum}</source>
        <translation>{table}: {rows} filas, suma de verificación {checksum}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and verified: every table has the same rows and checksum there.</source>
        <translation>Se copió {source} a {target} y se verificó: cada tabla tiene allí las mismas filas y la misma suma de verificación.</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>Copia verificada</translation>
    </message>
    <message>
        <source>Open the clinic server now</source>
        <translation>Abrir ahora el servidor de la clínica</translation>
    </message>
    <message>
        <source>Copying the database to the clinic server…</source>
        <translation>Copiando la base de datos al servidor de la clínica…</translation>
    </message>
    <message>
        <source>New patient database</source>
        <translation>Nueva base de datos de pacientes</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3)</source>
        <translation>Bases de datos de mgdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Database not created</source>
        <translation>Base de datos no creada</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} ya existe; ábrala en su lugar.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Sin base de datos</translation>
    </message>
    <message>
        <source>Open or create a patient database first.</source>
        <translation>Primero abra o cree una base de datos de pacientes.</translation>
    </message>
    <message>
        <source>Import results or medications</source>
        <translation>Importar resultados o medicamentos</translation>
    </message>
    <message>
        <source>CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)</source>
        <translation>Archivos CSV, HL7 v2 y FHIR (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Nothing of {name} was stored.</source>
        <translation>No se guardó nada de {name}.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error en la importación</translation>
    </message>
    <message>
        <source>{error}

Nothing of the file was stored.</source>
        <translation>{error}

No se guardó nada del archivo.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>Guardar informe de rechazos…</translation>
    </message>
    <message>
        <source>Open a patient database first.</source>
        <translation>Primero abra una base de datos de pacientes.</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exportar como FHIR</translation>
    </message>
    <message>
        <source>Export only patient {id}? (No: every patient)</source>
        <translation>¿Exportar solo el paciente {id}? (No: todos los pacientes)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation>
            <numerusform>Se exportó %n resultado como FHIR a {name}.</numerusform>
            <numerusform>Se exportaron %n resultados como FHIR a {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export medications</source>
        <translation>Exportar medicamentos</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to {name}.</source>
        <translation>Exportado a {name}.</translation>
    </message>
    <message>
        <source>Building the demo clinic…</source>
        <translation>Creando la clínica de demostración…</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demostración</translation>
    </message>
    <message>
        <source>mgdesk - serum magnesium</source>
        <translation>mgdesk - magnesio sérico</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Converter</source>
        <translation>Conversor</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>Clínica</translation>
    </message>
    <message>
        <source>Results entered while the clinic server could not be reached</source>
        <translation>Resultados registrados mientras no se podía acceder al servidor de la clínica</translation>
    </message>
    <message>
        <source>Offline: nothing about a patient leaves this computer.</source>
        <translation>Sin conexión: ningún dato de pacientes sale de esta computadora.</translation>
    </message>
    <message>
        <source>Choose a lab profile</source>
        <translation>Elegir un perfil de laboratorio</translation>
    </message>
    <message>
        <source>Lab profiles (*.toml);;All files (*)</source>
        <translation>Perfiles de laboratorio (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Profile not loaded</source>
        <translation>Perfil no cargado</translation>
    </message>
    <message>
        <source>{error}

The profile in use is unchanged.</source>
        <translation>{error}

El perfil en uso no cambió.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>Chosen profile not usable ({problem}); using the default.</source>
        <translation>El perfil elegido no se puede usar ({problem}); se usa el predeterminado.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation>
            <numerusform>%n resultado pendiente de envío</numerusform>
            <numerusform>%n resultados pendientes de envío</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation>
            <numerusform>%n resultado no aceptado: abrir</numerusform>
            <numerusform>%n resultados no aceptados: abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation>
            <numerusform>El servidor de la clínica no aceptó %n resultado, que se conserva: haga clic en el aviso de la bandeja de salida.</numerusform>
            <numerusform>El servidor de la clínica no aceptó %n resultados, que se conservan: haga clic en el aviso de la bandeja de salida.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation>
            <numerusform>%n resultado enviado al servidor de la clínica.</numerusform>
            <numerusform>%n resultados enviados al servidor de la clínica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server answers again.</source>
        <translation>El servidor de la clínica vuelve a responder.</translation>
    </message>
    <message>
        <source>Clinic server out of reach; results you add wait here.</source>
        <translation>Servidor de la clínica inaccesible; los resultados que agregue esperan aquí.</translation>
    </message>
    <message>
        <source>About mgdesk</source>
        <translation>Acerca de mgdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Serum magnesium for clinics that treat type 2 diabetes: exact unit conversion, classification against 0.70 mmol/L, trends over time on metformin.&lt;br&gt;Offline: nothing about a patient leaves this computer.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Magnesio sérico para clínicas que tratan la diabetes de tipo 2: conversión exacta de unidades, clasificación respecto a 0,70 mmol/L, evolución a lo largo del tiempo con metformina.&lt;br&gt;Sin conexión: ningún dato de pacientes sale de esta computadora.&lt;br&gt;Licencia: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation>Conectar al ser&amp;vidor de la clínica…</translation>
    </message>
    <message>
        <source>Cop&amp;y this database to the clinic server…</source>
        <translation>C&amp;opiar esta base de datos al servidor de la clínica…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Export as &amp;FHIR…</source>
        <translation>Exportar como &amp;FHIR…</translation>
    </message>
    <message>
        <source>Export &amp;medications…</source>
        <translation>Exportar &amp;medicamentos…</translation>
    </message>
    <message>
        <source>Export p&amp;lot…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>Info&amp;rme del paciente (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primir informe del paciente…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>&amp;Cerrar base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Copy for clinical note</source>
        <translation>&amp;Copiar para la nota clínica</translation>
    </message>
    <message>
        <source>&amp;Keep in history</source>
        <translation>&amp;Mantener en el historial</translation>
    </message>
    <message>
        <source>Clear &amp;value</source>
        <translation>Borrar el &amp;valor</translation>
    </message>
    <message>
        <source>&amp;Enter a new value</source>
        <translation>&amp;Escribir un valor nuevo</translation>
    </message>
    <message>
        <source>Clear this session&apos;s &amp;history</source>
        <translation>Borrar el &amp;historial de esta sesión</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>&amp;Next unit</source>
        <translation>Unidad &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Pacientes</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Buscar paciente</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nuevo paciente…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;liminar paciente…</translation>
    </message>
    <message>
        <source>Add &amp;result…</source>
        <translation>Agregar &amp;resultado…</translation>
    </message>
    <message>
        <source>Add &amp;medication…</source>
        <translation>Agregar &amp;medicamento…</translation>
    </message>
    <message>
        <source>Show or hide the patient &amp;list</source>
        <translation>Mostrar u ocultar la lista de &amp;pacientes</translation>
    </message>
    <message>
        <source>Show or hide results and medications &amp;tables</source>
        <translation>Mostrar u ocultar las &amp;tablas de resultados y medicamentos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfiguración</translation>
    </message>
    <message>
        <source>Choose lab &amp;profile…</source>
        <translation>Elegir perfil de &amp;laboratorio…</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Usar el perfil &amp;predeterminado</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Open the &amp;demo clinic (synthetic patients)</source>
        <translation>Abrir la clínica de &amp;demostración (pacientes ficticios)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>About the &amp;numbers</source>
        <translation>Acerca de las &amp;cifras</translation>
    </message>
    <message>
        <source>&amp;About mgdesk</source>
        <translation>&amp;Acerca de mgdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies when mgdesk starts again.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie mgdesk.</translation>
    </message>
    <message>
        <source>Clinic ({n})</source>
        <translation>Clínica ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation>
            <numerusform>%n resultado pendiente de revisión clínica</numerusform>
            <numerusform>%n resultados pendientes de revisión clínica</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation>Nada pendiente de revisión</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Sign off the latest result of {id} as reviewed by you ({user}).
Comment (optional):</source>
        <translation>Marcar como revisado por usted ({user}) el último resultado de {id}.
Comentario (opcional):</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Ningún paciente</translation>
    </message>
    <message>
        <source>Choose a patient first (Ctrl+2).</source>
        <translation>Primero elija un paciente (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nueva base de datos…</translation>
    </message>
    <message>
        <source>Search by clinic ID or name (Ctrl+F)</source>
        <translation>Buscar por ID de la clínica o nombre (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>New &amp;patient…</source>
        <translation>Nuevo &amp;paciente…</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Lista de pacientes</translation>
    </message>
    <message>
        <source>Show or hide the patient list (Ctrl+B)</source>
        <translation>Mostrar u ocultar la lista de pacientes (Ctrl+B)</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>Pa&amp;ciente</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;liminar paciente…</translation>
    </message>
    <message>
        <source>Results and medications tables</source>
        <translation>Tablas de resultados y medicamentos</translation>
    </message>
    <message>
        <source>Show or hide the results and medications tables (Ctrl+Shift+B)</source>
        <translation>Mostrar u ocultar las tablas de resultados y medicamentos (Ctrl+Mayús+B)</translation>
    </message>
    <message>
        <source>Magnesium results</source>
        <translation>Resultados de magnesio</translation>
    </message>
    <message>
        <source>Medication courses</source>
        <translation>Períodos de tratamiento</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicamentos</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar fila</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s trend</source>
        <translation>Mostrar la evolución del &amp;paciente</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Agregar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Opening the patient database…</source>
        <translation>Abriendo la base de datos de pacientes…</translation>
    </message>
    <message>
        <source>{reason}

The converter works without a database (Ctrl+1).</source>
        <translation>{reason}

El conversor funciona sin base de datos (Ctrl+1).</translation>
    </message>
    <message>
        <source>No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N).

The converter works without a database (Ctrl+1).</source>
        <translation>No hay ninguna base de datos abierta. Abra una (Ctrl+O) o cree una (Ctrl+Mayús+N).

El conversor funciona sin base de datos (Ctrl+1).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a patient on the left, or add one (Ctrl+N).</source>
        <translation>Elija un paciente de la lista o agregue uno (Ctrl+N).</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>nacido(a) en {year}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Eliminar {what}</translation>
    </message>
    <message>
        <source>Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.
Reason:</source>
        <translation>¿Eliminar {what}? Se oculta, se conserva en el registro de auditoría y Deshacer (Ctrl+Z) lo recupera.
Motivo:</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrado por error</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>el paciente {id}</translation>
    </message>
    <message>
        <source>{drug} from {start}</source>
        <translation>{drug} desde el {start}</translation>
    </message>
    <message>
        <source>the result of {date} ({value} {unit})</source>
        <translation>el resultado del {date} ({value} {unit})</translation>
    </message>
    <message>
        <source>Same sample already stored</source>
        <translation>Misma muestra ya guardada</translation>
    </message>
    <message>
        <source>This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that time is the same sample within the written precision. Save it again anyway?</source>
        <translation>Este paciente ya tiene {value} {unit} ({specimen}, {when}). {new_value} {new_unit} en ese momento es la misma muestra, dentro de la precisión escrita. ¿Guardarlo de todos modos?</translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <source>Clinic ID</source>
        <translation>ID de la clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Valor escrito</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Meses acumulados con metformina</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>{months} (off)</source>
        <translation>{months} (sin metformina)</translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation>(preliminar)</translation>
    </message>
    <message>
        <source>(lab: {flag})</source>
        <translation>(lab.: {flag})</translation>
    </message>
    <message>
        <source>The lab flagged it {flag}, which is not mgdesk&apos;s class against this profile.</source>
        <translation>El laboratorio lo marcó como {flag}, que no es la clase de mgdesk según este perfil.</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>{specimen} magnesium is not compared with serum bands.</source>
        <translation>El magnesio en {specimen} no se compara con los intervalos séricos.</translation>
    </message>
    <message>
        <source>{words} ({code}) against the profile “{profile}”{borderline}.</source>
        <translation>{words} ({code}) según el perfil “{profile}”{borderline}.</translation>
    </message>
    <message>
        <source>, borderline: its written precision straddles a band edge</source>
        <translation>, limítrofe: su precisión escrita abarca un límite de intervalo</translation>
    </message>
    <message>
        <source>It could be on either side of the hypomagnesemia threshold.</source>
        <translation>Podría estar a cualquiera de los dos lados del umbral de hipomagnesemia.</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Clase de medicamento</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Suspensión</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dosis diaria (mg)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>metformin</source>
        <translation>metformina</translation>
    </message>
    <message>
        <source>sulfonylurea</source>
        <translation>sulfonilurea</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>insulina</translation>
    </message>
    <message>
        <source>DPP-4 inhibitor</source>
        <translation>inhibidor de la DPP-4</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor</source>
        <translation>inhibidor del SGLT2</translation>
    </message>
    <message>
        <source>GLP-1 agonist</source>
        <translation>agonista del GLP-1</translation>
    </message>
    <message>
        <source>proton-pump inhibitor</source>
        <translation>inhibidor de la bomba de protones</translation>
    </message>
    <message>
        <source>loop diuretic</source>
        <translation>diurético de asa</translation>
    </message>
    <message>
        <source>thiazide diuretic</source>
        <translation>diurético tiazídico</translation>
    </message>
    <message>
        <source>magnesium supplement</source>
        <translation>suplemento de magnesio</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>suero</translation>
    </message>
    <message>
        <source>plasma</source>
        <translation>plasma</translation>
    </message>
    <message>
        <source>urine</source>
        <translation>orina</translation>
    </message>
    <message>
        <source>red-cell</source>
        <translation>eritrocitos</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>born {year}</source>
        <translation>nacido(a) en {year}</translation>
    </message>
    <message>
        <source>sex {sex}</source>
        <translation>sexo {sex}</translation>
    </message>
    <message>
        <source>SYNTHETIC – a demo patient made by mgdesk&apos;s demo clinic, not a real person.</source>
        <translation>FICTICIO – un paciente de demostración creado por la clínica de demostración de mgdesk, no una persona real.</translation>
    </message>
    <message>
        <source>Serum magnesium report</source>
        <translation>Informe de magnesio sérico</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Las cifras</translation>
    </message>
    <message>
        <source>Serum/plasma results ({n})</source>
        <translation>Resultados en suero/plasma ({n})</translation>
    </message>
    <message>
        <source>The latest {shown} of {n} are listed; the plot shows all.</source>
        <translation>Se muestran los {shown} más recientes de {n}; el gráfico los muestra todos.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Tal como se escribió</translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation>En {unit}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Lab.</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limítrofe</translation>
    </message>
    <message>
        <source> (off metformin)</source>
        <translation> (sin metformina)</translation>
    </message>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation>
            <numerusform>%n resultado en orina o eritrocitos no es sérico, así que no se muestra.</numerusform>
            <numerusform>%n resultados en orina o eritrocitos no son séricos, así que no se muestran.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile and conversion</source>
        <translation>Perfil y conversión</translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation>Perfil: {name}.</translation>
    </message>
    <message>
        <source>hypomagnesemia below</source>
        <translation>hipomagnesemia por debajo de</translation>
    </message>
    <message>
        <source>Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).</source>
        <translation>Nuevo análisis {on} meses después del último resultado con metformina y {low} meses después de uno bajo (norma de la clínica).</translation>
    </message>
    <message>
        <source>Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).</source>
        <translation>Conversión: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (masa molar del Mg 24,305 g/mol, peso atómico estándar de la CIAAW; carga del Mg2+ 2, mEq = mmol x valencia, conversiones de unidades del Manual Merck).</translation>
    </message>
    <message>
        <source>Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn.</source>
        <translation>Hecho el {when} por {user} con mgdesk {version}, con datos al {today}. Solo se trazan los resultados en suero/plasma.</translation>
    </message>
    <message>
        <source>SYNTHETIC demo patient.</source>
        <translation>Paciente de demostración FICTICIO.</translation>
    </message>
    <message>
        <source>Cannot write or print the report.</source>
        <translation>No se puede escribir ni imprimir el informe.</translation>
    </message>
    <message>
        <source>Serum magnesium report {id}</source>
        <translation>Informe de magnesio sérico {id}</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>No se puede escribir {path}.</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Imprimir informe del paciente</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>already reached (about {month})</source>
        <translation>ya alcanzado (hacia {month})</translation>
    </message>
    <message>
        <source>about {month}</source>
        <translation>hacia {month}</translation>
    </message>
    <message>
        <source>overdue by {span} (due {date})</source>
        <translation>con retraso de {span} (previsto el {date})</translation>
    </message>
    <message>
        <source>{date} (due within a month)</source>
        <translation>{date} (previsto dentro de un mes)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limítrofe</translation>
    </message>
    <message>
        <source>{value} {unit} ({words}) on {date}</source>
        <translation>{value} {unit} ({words}) el {date}</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Since last test</source>
        <translation>Desde el último análisis</translation>
    </message>
    <message>
        <source>{months} months (cumulative)</source>
        <translation>{months} meses (acumulados)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation>
            <numerusform>%n resultado sin metformina</numerusform>
            <numerusform>%n resultados sin metformina</numerusform>
        </translation>
    </message>
    <message>
        <source>Time on metformin</source>
        <translation>Tiempo con metformina</translation>
    </message>
    <message>
        <source>too few results</source>
        <translation>muy pocos resultados</translation>
    </message>
    <message>
        <source>never on metformin</source>
        <translation>nunca con metformina</translation>
    </message>
    <message>
        <source>{slope} {unit}/year (95% CI {low} to {high})</source>
        <translation>{slope} {unit}/año (IC del 95 %: {low} a {high})</translation>
    </message>
    <message>
        <source>Slope on metformin</source>
        <translation>Pendiente con metformina</translation>
    </message>
    <message>
        <source>Mean before / after</source>
        <translation>Media antes / después</translation>
    </message>
    <message>
        <source>{before} / {after} {unit}</source>
        <translation>{before} / {after} {unit}</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Por debajo del umbral</translation>
    </message>
    <message>
        <source>Projected crossing</source>
        <translation>Cruce previsto</translation>
    </message>
    <message>
        <source>▼ FALLING</source>
        <translation>▼ EN DESCENSO</translation>
    </message>
    <message>
        <source>off</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>Falling alert</source>
        <translation>Alerta de descenso</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nuevo análisis previsto</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>FICTICIO</translation>
    </message>
    <message>
        <source>Synthetic demo patient, not a real person</source>
        <translation>Paciente de demostración ficticio, no una persona real</translation>
    </message>
    <message>
        <source>A synthetic demo patient, not a real person: generated by mgdesk&apos;s demo clinic to show how it works.</source>
        <translation>Un paciente de demostración ficticio, no una persona real: generado por la clínica de demostración de mgdesk para mostrar cómo funciona.</translation>
    </message>
    <message>
        <source>Magnesium unit</source>
        <translation>Unidad de magnesio</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Eje de tiempo</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Meses acumulados con metformina</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tiempo</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Ningún paciente seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the plot, write the patient report (PDF) or print it</source>
        <translation>Exportar el gráfico, escribir el informe del paciente (PDF) o imprimirlo</translation>
    </message>
    <message>
        <source>Plot as PNG image…</source>
        <translation>Gráfico como imagen PNG…</translation>
    </message>
    <message>
        <source>Plot as SVG drawing…</source>
        <translation>Gráfico como dibujo SVG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Gráfico como PDF…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>Info&amp;rme del paciente (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primir informe del paciente…</translation>
    </message>
    <message>
        <source>No patient is shown.</source>
        <translation>No se muestra ningún paciente.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Save patient report</source>
        <translation>Guardar informe del paciente</translation>
    </message>
    <message>
        <source>mgdesk</source>
        <translation>mgdesk</translation>
    </message>
    <message>
        <source>Metformin</source>
        <translation>Metformina</translation>
    </message>
    <message>
        <source>Other diabetes</source>
        <translation>Otro antidiabético</translation>
    </message>
    <message>
        <source>PPI</source>
        <translation>IBP</translation>
    </message>
    <message>
        <source>Diuretic</source>
        <translation>Diurético</translation>
    </message>
    <message>
        <source>Mg supplement</source>
        <translation>Suplemento de Mg</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>{drug} {dose} mg/day</source>
        <translation>{drug} {dose} mg/día</translation>
    </message>
    <message>
        <source>Magnesium trend plot</source>
        <translation>Gráfico de la evolución del magnesio</translation>
    </message>
    <message>
        <source>metformin started</source>
        <translation>inicio de la metformina</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Meses acumulados con metformina (sin contar las interrupciones)</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérico ({unit})</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hipomagnesemia por debajo de {value}</translation>
    </message>
    <message>
        <source>As written: {written}</source>
        <translation>Tal como se escribió: {written}</translation>
    </message>
    <message>
        <source>= {value} {unit}</source>
        <translation>= {value} {unit}</translation>
    </message>
    <message>
        <source>{words}, borderline (its precision cannot tell the side of a band edge)</source>
        <translation>{words}, limítrofe (su precisión no permite saber de qué lado de un límite de intervalo está)</translation>
    </message>
    <message>
        <source>Off metformin (after {months} cumulative months on it): not in the fit</source>
        <translation>Sin metformina (tras {months} meses acumulados con ella): no entra en el ajuste</translation>
    </message>
    <message>
        <source>{months} cumulative months on metformin</source>
        <translation>{months} meses acumulados con metformina</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Taking: {medications}</source>
        <translation>Medicamentos: {medications}</translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>Sin medicamentos</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>críticamente bajo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>critical high</source>
        <translation>críticamente alto</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Review the latest result of {id}</source>
        <translation>Revisar el último resultado de {id}</translation>
    </message>
    <message>
        <source>Add patient {id}</source>
        <translation>Agregar paciente {id}</translation>
    </message>
    <message>
        <source>Edit patient {id}</source>
        <translation>Editar paciente {id}</translation>
    </message>
    <message>
        <source>Delete patient {id}</source>
        <translation>Eliminar paciente {id}</translation>
    </message>
    <message>
        <source>Add {drug}</source>
        <translation>Agregar {drug}</translation>
    </message>
    <message>
        <source>Edit {drug}</source>
        <translation>Editar {drug}</translation>
    </message>
    <message>
        <source>Delete {drug}</source>
        <translation>Eliminar {drug}</translation>
    </message>
    <message>
        <source>Add result {value} {unit}</source>
        <translation>Agregar resultado {value} {unit}</translation>
    </message>
    <message>
        <source>Edit result of {date}</source>
        <translation>Editar resultado del {date}</translation>
    </message>
    <message>
        <source>Delete result of {date}</source>
        <translation>Eliminar resultado del {date}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{shown} (clinic threshold; literature {literature} mmol/L)</source>
        <translation>{shown} (umbral de la clínica; bibliografía {literature} mmol/L)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n año</numerusform>
            <numerusform>%n años</numerusform>
        </translation>
    </message>
</context>
</TS>
