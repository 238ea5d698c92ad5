<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{value} {unit}</source>
        <translation>{value} {unit}</translation>
    </message>
    <message>
        <source>clinic threshold {value} {unit}; literature {literature} {unit}</source>
        <translation>limiar da clínica {value} {unit}; literatura {literature} {unit}</translation>
    </message>
    <message>
        <source>Below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Abaixo do limiar de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>Not below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Não está abaixo do limiar de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>Cannot tell whether below the hypomagnesemia threshold of {threshold}.</source>
        <translation>Não é possível determinar se está abaixo do limiar de hipomagnesemia de {threshold}.</translation>
    </message>
    <message>
        <source>any value below {bound} mmol/L</source>
        <translation>qualquer valor abaixo de {bound} mmol/L</translation>
    </message>
    <message>
        <source>any value above {bound} mmol/L</source>
        <translation>qualquer valor acima de {bound} mmol/L</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}, on both sides of the hypomagnesemia threshold of {threshold}: cannot tell. It could be {classes}.</source>
        <translation>{value} {unit} corresponde a {span}, dos dois lados do limiar de hipomagnesemia de {threshold}: indeterminado. Pode ser {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} is {span}: classed {category}, it could be {classes}.</source>
        <translation>{value} {unit} corresponde a {span}: classificado como {category}, pode ser {classes}.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L edge. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} pode ser {low} a {high} mmol/L: sobre o limite de faixa {edges} mmol/L. Sua precisão escrita não permite saber de que lado.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {low} to {high} mmol/L: on the {edges} mmol/L threshold. Its written precision cannot tell which side.</source>
        <translation>{value} {unit} pode ser {low} a {high} mmol/L: sobre o limiar de {edges} mmol/L. Sua precisão escrita não permite saber de que lado.</translation>
    </message>
    <message>
        <source>{value} {unit} is {category}; as {value} {other_unit} it would be {mmol} mmol/L, normal - check the unit.</source>
        <translation>{value} {unit} é {category}; lido como {value} {other_unit}, seria {mmol} mmol/L, normal - verifique a unidade.</translation>
    </message>
    <message>
        <source>{value} {unit} could be {classes}: on both sides of the threshold, so mgdesk cannot tell.</source>
        <translation>{value} {unit} pode ser {classes}: dos dois lados do limiar, então o mgdesk não pode determinar.</translation>
    </message>
    <message>
        <source>{mmol} mmol/L is in the band {band} mmol/L: {category} in the profile {profile}.</source>
        <translation>{mmol} mmol/L está na faixa {band} mmol/L: {category} no perfil {profile}.</translation>
    </message>
    <message>
        <source>{category}, borderline</source>
        <translation>{category}, limítrofe</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérico {value} {unit} ({details}; limiar de hipomagnesemia {threshold})</translation>
    </message>
    <message>
        <source>Serum Mg {value} {unit} = {mmol} mmol/L ({details}; hypomagnesemia threshold {threshold})</source>
        <translation>Mg sérico {value} {unit} = {mmol} mmol/L ({details}; limiar de hipomagnesemia {threshold})</translation>
    </message>
    <message>
        <source>Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.</source>
        <translation>Digite um valor, ex.: 1.8 mg/dL ou 0.74 mmol/L.</translation>
    </message>
    <message>
        <source>The entry is too long ({length} characters) for one value.</source>
        <translation>A entrada é longa demais ({length} caracteres) para um único valor.</translation>
    </message>
    <message>
        <source>{text} is not a value: write a number with a decimal point or comma (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} não é um valor: escreva um número com ponto ou vírgula decimal (1.8 ou 1,8), seguido opcionalmente da unidade.</translation>
    </message>
    <message>
        <source>{text} has an exponent: write the value as the lab printed it, without one (1.8 or 1,8), optionally followed by its unit.</source>
        <translation>{text} tem um expoente: escreva o valor como o laboratório o imprimiu, sem expoente (1.8 ou 1,8), seguido opcionalmente da unidade.</translation>
    </message>
    <message>
        <source>The value is not a number (NaN or infinity): enter a measured value.</source>
        <translation>O valor não é um número (NaN ou infinito): digite um valor medido.</translation>
    </message>
    <message>
        <source>The value must be greater than zero.</source>
        <translation>O valor deve ser maior que zero.</translation>
    </message>
    <message>
        <source>Unknown qualifier {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; or nothing.</source>
        <translation>Qualificador desconhecido {qualifier}: use &apos;&lt;&apos;, &apos;&gt;&apos; ou nada.</translation>
    </message>
    <message>
        <source>No unit given. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Nenhuma unidade informada. Unidades aceitas: mg/dL (também mg/dl, mg/100mL, mg%), mg/L, mmol/L (também mmol/l, mM), umol/L (também µmol/L), mEq/L (também meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Give the unit of {text}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Informe a unidade de {text}. Unidades aceitas: mg/dL (também mg/dl, mg/100mL, mg%), mg/L, mmol/L (também mmol/l, mM), umol/L (também µmol/L), mEq/L (também meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>Unknown unit {unit}. Accepted units: mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l).</source>
        <translation>Unidade desconhecida {unit}. Unidades aceitas: mg/dL (também mg/dl, mg/100mL, mg%), mg/L, mmol/L (também mmol/l, mM), umol/L (também µmol/L), mEq/L (também meq/L, mEq/l).</translation>
    </message>
    <message>
        <source>{text} carries the unit {unit}, but {given} was also given.</source>
        <translation>{text} traz a unidade {unit}, mas {given} também foi informada.</translation>
    </message>
    <message>
        <source>{value} {unit} is above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} está acima de {limit_mmol_per_l} mmol/L, o que nenhum paciente vivo tem: verifique a unidade.</translation>
    </message>
    <message>
        <source>{value} {unit} is {shown} mmol/L, above {limit_mmol_per_l} mmol/L, which no living patient has: check the unit.</source>
        <translation>{value} {unit} corresponde a {shown} mmol/L, acima de {limit_mmol_per_l} mmol/L, o que nenhum paciente vivo tem: verifique a unidade.</translation>
    </message>
    <message>
        <source>{value} {unit} is far above {limit_mmol_per_l} mmol/L in any unit, which no living patient has: check the number and the unit.</source>
        <translation>{value} {unit} está muito acima de {limit_mmol_per_l} mmol/L em qualquer unidade, o que nenhum paciente vivo tem: verifique o número e a unidade.</translation>
    </message>
    <message>
        <source>{value} {unit} is below {limit_mmol_per_l} mmol/L, too small to show or to be a measured magnesium value: check the number and the unit.</source>
        <translation>{value} {unit} está abaixo de {limit_mmol_per_l} mmol/L, pequeno demais para ser mostrado ou para ser um valor de magnésio medido: verifique o número e a unidade.</translation>
    </message>
    <message>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <source>Unknown drug class {text}. Accepted: {accepted}.</source>
        <translation>Classe de medicamento desconhecida {text}. Aceitas: {accepted}.</translation>
    </message>
    <message>
        <source>Unknown specimen {text}. Accepted: serum, plasma, urine, red-cell.</source>
        <translation>Amostra desconhecida {text}. Aceitas: serum, plasma, urine, red-cell.</translation>
    </message>
    <message>
        <source>A patient needs a clinic identifier.</source>
        <translation>Um paciente precisa de um identificador na clínica.</translation>
    </message>
    <message>
        <source>Birth year {year} is not plausible: it must lie between {earliest} and {latest}.</source>
        <translation>O ano de nascimento {year} não é plausível: deve estar entre {earliest} e {latest}.</translation>
    </message>
    <message>
        <source>The {what} {day} is not plausible: it must lie between {earliest} and tomorrow ({latest}).</source>
        <translation>A {what} {day} não é plausível: deve estar entre {earliest} e amanhã ({latest}).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data de início</translation>
    </message>
    <message>
        <source>stop date</source>
        <translation>data de término</translation>
    </message>
    <message>
        <source>collection date</source>
        <translation>data da coleta</translation>
    </message>
    <message>
        <source>The course of {drug} stops ({stop}) before it starts ({start}).</source>
        <translation>O período de tratamento de {drug} termina ({stop}) antes de começar ({start}).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} must be a number of mg greater than zero and below {limit} (one kilogram a day).</source>
        <translation>A dose diária de {drug} deve ser um número de mg maior que zero e abaixo de {limit} (um quilograma por dia).</translation>
    </message>
    <message>
        <source>The daily dose of {drug} has more than three decimals of a mg.</source>
        <translation>A dose diária de {drug} tem mais de três casas decimais de mg.</translation>
    </message>
    <message>
        <source>The daily dose {text} is not a number of mg per day (e.g. 1000 or 1000 mg).</source>
        <translation>A dose diária {text} não é um número de mg por dia (ex.: 1000 ou 1000 mg).</translation>
    </message>
    <message>
        <source>The daily dose {text} is ambiguous: write {whole} without a thousands separator, or a decimal with one or two decimals.</source>
        <translation>A dose diária {text} é ambígua: escreva {whole} sem separador de milhar, ou um decimal com uma ou duas casas.</translation>
    </message>
    <message>
        <source>The daily dose {text} must be greater than zero.</source>
        <translation>A dose diária {text} deve ser maior que zero.</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when})</source>
        <translation>{value} {unit} é a mesma amostra que {kept_value} {kept_unit} ({specimen}, {when})</translation>
    </message>
    <message>
        <source>{value} {unit} is the same sample as {kept_value} {kept_unit} ({specimen}, {when}), reported in {unit} instead of {kept_unit}</source>
        <translation>{value} {unit} é a mesma amostra que {kept_value} {kept_unit} ({specimen}, {when}), informada em {unit} em vez de {kept_unit}</translation>
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
        <translation>{key} deve ser um número inteiro de meses de 1 a {most}, não {value}.</translation>
    </message>
    <message>
        <source>{key} must be a whole number of months, not {value}.</source>
        <translation>{key} deve ser um número inteiro de meses, não {value}.</translation>
    </message>
    <message>
        <source>retest_months_after_low ({after_low}) must not be longer than retest_months_on_metformin ({on_metformin}): a low result is re-tested sooner, not later.</source>
        <translation>retest_months_after_low ({after_low}) não deve ser maior que retest_months_on_metformin ({on_metformin}): um resultado baixo tem nova dosagem mais cedo, não mais tarde.</translation>
    </message>
    <message>
        <source>every edge must be a finite number.</source>
        <translation>todo limite deve ser um número finito.</translation>
    </message>
    <message>
        <source>every edge must be greater than zero.</source>
        <translation>todo limite deve ser maior que zero.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must be below {limit} mmol/L, which no living patient reaches.</source>
        <translation>hypomagnesemia_below deve ser menor que {limit} mmol/L, valor que nenhum paciente vivo atinge.</translation>
    </message>
    <message>
        <source>edges must rise: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</source>
        <translation>os limites devem ser crescentes: critical_low_below &lt; low_below &lt; high_above &lt; critical_high_above.</translation>
    </message>
    <message>
        <source>missing {keys}.</source>
        <translation>faltando {keys}.</translation>
    </message>
    <message>
        <source>{key} must be a number, not {value}.</source>
        <translation>{key} deve ser um número, não {value}.</translation>
    </message>
    <message>
        <source>[sources] must be a table of texts.</source>
        <translation>[sources] deve ser uma tabela de textos.</translation>
    </message>
    <message>
        <source>the profile needs a name.</source>
        <translation>o perfil precisa de um nome.</translation>
    </message>
    <message>
        <source>{key} = {value} {unit} is not plausible; a band edge lies between {low} and {high} mmol/L.</source>
        <translation>{key} = {value} {unit} não é plausível; um limite de faixa fica entre {low} e {high} mmol/L.</translation>
    </message>
    <message>
        <source>hypomagnesemia_below must lie between critical_low_below and high_above ({low} to {high} mmol/L), not {value} mmol/L.</source>
        <translation>hypomagnesemia_below deve estar entre critical_low_below e high_above ({low} a {high} mmol/L), não {value} mmol/L.</translation>
    </message>
    <message>
        <source>{key} is far too large to be plausible.</source>
        <translation>{key} é grande demais para ser plausível.</translation>
    </message>
    <message>
        <source>{key} must be a finite number, not {value}.</source>
        <translation>{key} deve ser um número finito, não {value}.</translation>
    </message>
    <message>
        <source>{key} is far too large or too small to be plausible.</source>
        <translation>{key} é grande ou pequeno demais para ser plausível.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: it is not a regular file.</source>
        <translation>Não é possível ler o perfil {path}: não é um arquivo comum.</translation>
    </message>
    <message>
        <source>Profile {path} is larger than {kb} KB; it cannot be a profile.</source>
        <translation>O perfil {path} tem mais de {kb} KB; não pode ser um perfil.</translation>
    </message>
    <message>
        <source>Cannot read profile {path}: {detail}</source>
        <translation>Não é possível ler o perfil {path}: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not valid TOML: {detail}</source>
        <translation>{origin} não é TOML válido: {detail}</translation>
    </message>
    <message>
        <source>{origin} is not a profile: its arrays or tables are nested too deep.</source>
        <translation>{origin} não é um perfil: suas listas ou tabelas estão aninhadas demais.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>o banco de dados</translation>
    </message>
    <message>
        <source>Cannot create {path}: its folder may not be written.</source>
        <translation>Não é possível criar {path}: talvez não seja permitido gravar na pasta.</translation>
    </message>
    <message>
        <source>{path} is not a file, so it cannot be an mgdesk database.</source>
        <translation>{path} não é um arquivo, então não pode ser um banco de dados do mgdesk.</translation>
    </message>
    <message>
        <source>{path} is not a database (it does not start like an SQLite file). It was left as it is; choose an mgdesk database, or a new file name to create one.</source>
        <translation>{path} não é um banco de dados (não começa como um arquivo SQLite). Ele foi deixado como está; escolha um banco de dados do mgdesk, ou um novo nome de arquivo para criar um.</translation>
    </message>
    <message>
        <source>{path} is read-only. mgdesk needs to write to its database: make the file writable, or copy it to a folder of your own and open the copy.</source>
        <translation>{path} é somente leitura. O mgdesk precisa gravar no banco de dados: torne o arquivo gravável, ou copie-o para uma pasta sua e abra a cópia.</translation>
    </message>
    <message>
        <source>The folder of {path} may not be written; SQLite needs to keep its journal beside the file.</source>
        <translation>Não é permitido gravar na pasta de {path}; o SQLite precisa manter seu journal ao lado do arquivo.</translation>
    </message>
    <message>
        <source>Another program is using {where} and holds it locked; nothing was changed. Close the other program (or wait for it to finish) and try again.</source>
        <translation>Outro programa está usando {where} e o mantém bloqueado; nada foi alterado. Feche o outro programa (ou espere ele terminar) e tente de novo.</translation>
    </message>
    <message>
        <source>The disk holding {where} is full or failing ({detail}); nothing was changed.</source>
        <translation>O disco que contém {where} está cheio ou com falha ({detail}); nada foi alterado.</translation>
    </message>
    <message>
        <source>{where} may not be written (read-only file or folder); nothing was changed.</source>
        <translation>Não é permitido gravar em {where} (arquivo ou pasta somente leitura); nada foi alterado.</translation>
    </message>
    <message>
        <source>{where} is not an SQLite database; it was left as it is.</source>
        <translation>{where} não é um banco de dados SQLite; foi deixado como está.</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>Não há banco de dados em {path}; nada foi criado. Abra outro banco de dados, ou importe um arquivo para começar um.</translation>
    </message>
    <message>
        <source>There is an empty file at {path}; nothing was created. Open another database, or import a file to start one.</source>
        <translation>Há um arquivo vazio em {path}; nada foi criado. Abra outro banco de dados, ou importe um arquivo para começar um.</translation>
    </message>
    <message>
        <source>This database was written by a newer mgdesk (schema {version}; this mgdesk knows up to {current}). It was left untouched: update mgdesk to open it.</source>
        <translation>Este banco de dados foi gravado por um mgdesk mais novo (esquema {version}; este mgdesk conhece até {current}). Ele não foi alterado: atualize o mgdesk para abri-lo.</translation>
    </message>
    <message>
        <source>{text} is not a server address; write postgresql://user@host[:port]/database.</source>
        <translation>{text} não é um endereço de servidor; escreva postgresql://user@host[:port]/database.</translation>
    </message>
    <message>
        <source>A password in the server address would be stored and shown in plain text; mgdesk never keeps one. Put it in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database.</source>
        <translation>Uma senha no endereço do servidor seria armazenada e exibida em texto simples; o mgdesk nunca guarda senhas. Coloque-a em ~/.pgpass (ou PGPASSWORD, ou em uma entrada de pg_service.conf) e informe postgresql://user@host/database.</translation>
    </message>
    <message>
        <source>Name the database in the server address: postgresql://user@host[:port]/database ({text}).</source>
        <translation>Informe o banco de dados no endereço do servidor: postgresql://user@host[:port]/database ({text}).</translation>
    </message>
    <message>
        <source>The clinic server refused the login to {where} ({detail}). Check the user name, and the password in ~/.pgpass (or PGPASSWORD); the server&apos;s administrator grants access.</source>
        <translation>O servidor da clínica recusou o login em {where} ({detail}). Verifique o nome de usuário e a senha em ~/.pgpass (ou PGPASSWORD); o administrador do servidor concede o acesso.</translation>
    </message>
    <message>
        <source>The clinic server has no such database ({detail}); check the address or ask its administrator.</source>
        <translation>O servidor da clínica não tem esse banco de dados ({detail}); verifique o endereço ou pergunte ao administrador.</translation>
    </message>
    <message>
        <source>The clinic server could not be reached.</source>
        <translation>Não foi possível acessar o servidor da clínica.</translation>
    </message>
    <message>
        <source>Another workstation has just added a patient with this clinic identifier.</source>
        <translation>Outra estação de trabalho acabou de adicionar um paciente com este identificador na clínica.</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. The converter keeps working; try again when the network or the server is back.</source>
        <translation>Não é possível acessar o servidor da clínica ({where}: {detail}). Nada foi alterado nele. O conversor continua funcionando; tente de novo quando a rede ou o servidor voltar.</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>a data está vazia</translation>
    </message>
    <message>
        <source>{text} could be read day-first or month-first (03/04 is 3 April or March 4): choose how dates are written, or write ISO dates (2024-04-03)</source>
        <translation>{text} pode ser lida com o dia primeiro ou o mês primeiro (03/04 é 3 de abril ou 4 de março): escolha como as datas estão escritas, ou escreva datas ISO (2024-04-03)</translation>
    </message>
    <message>
        <source>{text}: write the year with four digits</source>
        <translation>{text}: escreva o ano com quatro dígitos</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as 2024-04-03</source>
        <translation>{text} não é uma data: escreva-a como 2024-04-03</translation>
    </message>
    <message>
        <source>{text} is not a real date</source>
        <translation>{text} não é uma data real</translation>
    </message>
    <message>
        <source>{text} is not a real date when read {order}</source>
        <translation>{text} não é uma data real quando lida {order}</translation>
    </message>
    <message>
        <source>day-first</source>
        <translation>com o dia primeiro</translation>
    </message>
    <message>
        <source>month-first</source>
        <translation>com o mês primeiro</translation>
    </message>
    <message>
        <source>{text} is not a time: write it as 08:15</source>
        <translation>{text} não é uma hora: escreva-a como 08:15</translation>
    </message>
    <message>
        <source>{text} is not a real time</source>
        <translation>{text} não é uma hora real</translation>
    </message>
    <message>
        <source>{name} says it is {label} but is not</source>
        <translation>{name} diz ser {label}, mas não é</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor Windows-1252 text</source>
        <translation>{name} não é texto UTF-8 nem Windows-1252</translation>
    </message>
    <message>
        <source>{what}: line {line} cannot be read ({reason}). Save it as CSV UTF-8.</source>
        <translation>{what}: a linha {line} não pode ser lida ({reason}). Salve-o como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL byte); save it as CSV.</source>
        <translation>{name} não é um arquivo de texto (a linha {line} contém um byte NUL); salve-o como CSV.</translation>
    </message>
    <message>
        <source>{name} is not a text file (line {line} contains a NUL character); save it as CSV.</source>
        <translation>{name} não é um arquivo de texto (a linha {line} contém um caractere NUL); salve-o como CSV.</translation>
    </message>
    <message>
        <source>{name} mixes encodings: it is UTF-8, but line {line} is not (Windows-1252 text pasted in?). Save the whole file as CSV UTF-8.</source>
        <translation>{name} mistura codificações: é UTF-8, mas a linha {line} não é (texto Windows-1252 colado?). Salve o arquivo inteiro como CSV UTF-8.</translation>
    </message>
    <message>
        <source>{name}: the first line {header} has no comma, semicolon or tab between column names.</source>
        <translation>{name}: a primeira linha {header} não tem vírgula, ponto e vírgula nem tabulação entre os nomes das colunas.</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medicações</translation>
    </message>
    <message>
        <source>{name}: two columns mean {field}: {headers}.</source>
        <translation>{name}: duas colunas significam {field}: {headers}.</translation>
    </message>
    <message>
        <source>{name}: not a {kind} file mgdesk can read: no column for {expected}. Columns found: {headers}. A results file needs patient, date, value (unit, specimen, comment optional); a medication file needs patient, drug_class, start (drug, stop, dose optional).</source>
        <translation>{name}: não é um arquivo de {kind} que o mgdesk consiga ler: nenhuma coluna para {expected}. Colunas encontradas: {headers}. Um arquivo de resultados precisa de patient, date, value (unit, specimen, comment opcionais); um arquivo de medicações precisa de patient, drug_class, start (drug, stop, dose opcionais).</translation>
    </message>
    <message>
        <source>{name}: a {kind} file has no field {fields}.</source>
        <translation>{name}: um arquivo de {kind} não tem o campo {fields}.</translation>
    </message>
    <message>
        <source>{name}: the chosen mapping names a column the file does not have.</source>
        <translation>{name}: o mapeamento escolhido cita uma coluna que o arquivo não tem.</translation>
    </message>
    <message>
        <source>{name}: one column cannot be read as two fields.</source>
        <translation>{name}: uma coluna não pode ser lida como dois campos.</translation>
    </message>
    <message>
        <source>{name}: choose a column for {fields}.</source>
        <translation>{name}: escolha uma coluna para {fields}.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vazio.</translation>
    </message>
    <message>
        <source>{name}: the header cannot be read ({detail}).</source>
        <translation>{name}: o cabeçalho não pode ser lido ({detail}).</translation>
    </message>
    <message>
        <source>message type {kind} is not a lab result (ORU^R01)</source>
        <translation>o tipo de mensagem {kind} não é um resultado de laboratório (ORU^R01)</translation>
    </message>
    <message>
        <source>HL7 version {version} is not v2</source>
        <translation>a versão HL7 {version} não é v2</translation>
    </message>
    <message>
        <source>{text}: write a lab code mapping as CODE=SPECIMEN or CODE^SYSTEM=SPECIMEN (MG=serum).</source>
        <translation>{text}: escreva um mapeamento de código de laboratório como CODE=SPECIMEN ou CODE^SYSTEM=SPECIMEN (MG=serum).</translation>
    </message>
    <message>
        <source>Cannot remember the lab import choices in {path}: {detail}.</source>
        <translation>Não é possível memorizar as escolhas de importação do laboratório em {path}: {detail}.</translation>
    </message>
    <message>
        <source>The outbox {path} cannot be used: {detail}.</source>
        <translation>A caixa de saída {path} não pode ser usada: {detail}.</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>medication course</source>
        <translation>período de tratamento</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revisão</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id}.</source>
        <translation>Outro paciente já tem o identificador na clínica {clinic_id}.</translation>
    </message>
    <message>
        <source>Another patient already has the clinic identifier {clinic_id} (a deleted patient: restore them instead).</source>
        <translation>Outro paciente já tem o identificador na clínica {clinic_id} (um paciente excluído: restaure-o).</translation>
    </message>
    <message>
        <source>Say why the {kind} is deleted; the reason is kept with it.</source>
        <translation>Informe por que o item ({kind}) é excluído; o motivo fica guardado com ele.</translation>
    </message>
    <message>
        <source>This {kind} was changed by {changed_by}{where}{when} after you opened it. Your change was not saved; it is kept beside the current one, to re-apply or discard.</source>
        <translation>Este item ({kind}) foi alterado por {changed_by}{where}{when} depois que você o abriu. Sua alteração não foi salva; ela fica guardada ao lado da atual, para aplicar de novo ou descartar.</translation>
    </message>
    <message>
        <source> on {workstation}</source>
        <translation> em {workstation}</translation>
    </message>
    <message>
        <source> at {moment} UTC</source>
        <translation> às {moment} UTC</translation>
    </message>
    <message>
        <source>{path} is the open patient database; mgdesk will not write over it.</source>
        <translation>{path} é o banco de dados de pacientes aberto; o mgdesk não vai gravar por cima dele.</translation>
    </message>
    <message>
        <source>{path} belongs to the open patient database {database} (its journal or a backup); mgdesk will not write over it.</source>
        <translation>{path} pertence ao banco de dados de pacientes aberto {database} (seu journal ou um backup); o mgdesk não vai gravar por cima dele.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}.</source>
        <translation>Não é possível gravar {path}: {detail}.</translation>
    </message>
    <message>
        <source>{path} exists and is not a regular file; choose a file name.</source>
        <translation>{path} existe e não é um arquivo comum; escolha um nome de arquivo.</translation>
    </message>
    <message>
        <source>{path} exists already; replace it, or choose another name.</source>
        <translation>{path} já existe; substitua-o ou escolha outro nome.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Não é possível gravar {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {detail}; it was left as it was.</source>
        <translation>Não é possível gravar {path}: {detail}; ele foi deixado como estava.</translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s).</source>
        <translation>
            <numerusform>%n resultado de magnésio em soro/plasma contado.</numerusform>
            <numerusform>%n resultados de magnésio em soro/plasma contados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counted %n serum/plasma magnesium result(s); {excluded} urine or red-cell results are not counted.</source>
        <translation>
            <numerusform>%n resultado de magnésio em soro/plasma contado; {excluded} resultados de urina ou eritrócito não são contados.</numerusform>
            <numerusform>%n resultados de magnésio em soro/plasma contados; {excluded} resultados de urina ou eritrócito não são contados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No serum/plasma result on file.</source>
        <translation>Nenhum resultado de soro/plasma registrado.</translation>
    </message>
    <message>
        <source>The most recent serum/plasma result ({date}, {value} {unit}), classed on its exact value of {mmol} mmol/L against the profile {profile}.</source>
        <translation>O resultado de soro/plasma mais recente ({date}, {value} {unit}), classificado pelo seu valor exato de {mmol} mmol/L segundo o perfil {profile}.</translation>
    </message>
    <message>
        <source>Days from the latest result ({date}) to today ({today}).</source>
        <translation>Dias desde o último resultado ({date}) até hoje ({today}).</translation>
    </message>
    <message numerus="yes">
        <source>; %n result(s) taken off metformin left out</source>
        <translation>
            <numerusform>; %n resultado colhido sem metformina deixado de fora</numerusform>
            <numerusform>; %n resultados colhidos sem metformina deixados de fora</numerusform>
        </translation>
    </message>
    <message>
        <source>Days taken since the first start ({start}), summed over every course; days off the drug are not counted. Results taken off metformin are drawn hollow grey and left out of the slope and the &apos;after&apos; mean.</source>
        <translation>Dias em uso desde o primeiro início ({start}), somados em todos os períodos de tratamento; os dias sem o medicamento não são contados. Os resultados colhidos sem metformina aparecem em cinza vazado e ficam fora da inclinação e da média &apos;depois&apos;.</translation>
    </message>
    <message>
        <source>Never on metformin: there is no time on metformin to fit a slope over.</source>
        <translation>Nunca usou metformina: não há tempo em metformina para ajustar uma inclinação.</translation>
    </message>
    <message numerus="yes">
        <source>Too few results: a slope needs at least 3 numeric serum/plasma results on at least 2 dates taken on metformin (first started {start}; %n found{off_note}).</source>
        <translation>
            <numerusform>Poucos resultados: uma inclinação precisa de pelo menos 3 resultados numéricos de soro/plasma em pelo menos 2 datas em uso de metformina (primeiro início {start}; %n encontrado{off_note}).</numerusform>
            <numerusform>Poucos resultados: uma inclinação precisa de pelo menos 3 resultados numéricos de soro/plasma em pelo menos 2 datas em uso de metformina (primeiro início {start}; %n encontrados{off_note}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ordinary least squares through %n numeric serum/plasma result(s) taken on metformin (x = cumulative years on metformin, days off the drug not counted; y = mmol/L{off_note}); 95% interval = slope +/- t({df} df) {t} x standard error {se}.</source>
        <translation>
            <numerusform>Mínimos quadrados ordinários sobre %n resultado numérico de soro/plasma colhido em uso de metformina (x = anos acumulados em metformina, dias sem o medicamento não contados; y = mmol/L{off_note}); intervalo de 95% = inclinação +/- t({df} gl) {t} x erro padrão {se}.</numerusform>
            <numerusform>Mínimos quadrados ordinários sobre %n resultados numéricos de soro/plasma colhidos em uso de metformina (x = anos acumulados em metformina, dias sem o medicamento não contados; y = mmol/L{off_note}); intervalo de 95% = inclinação +/- t({df} gl) {t} x erro padrão {se}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never on metformin: no before/after comparison.</source>
        <translation>Nunca usou metformina: sem comparação antes/depois.</translation>
    </message>
    <message>
        <source>No numeric serum/plasma result before metformin was started on {start}.</source>
        <translation>Nenhum resultado numérico de soro/plasma antes do início da metformina em {start}.</translation>
    </message>
    <message>
        <source>Arithmetic means in mmol/L of the {n_before} numeric serum/plasma results before the first metformin start ({start}) and the {n_after} taken on metformin{off_note}.</source>
        <translation>Médias aritméticas em mmol/L dos {n_before} resultados numéricos de soro/plasma antes do primeiro início da metformina ({start}) e dos {n_after} colhidos em uso de metformina{off_note}.</translation>
    </message>
    <message numerus="yes">
        <source>The share of serum/plasma results below {threshold}: {below} of %n; a &apos;&lt;&apos; result counts only when its bound is at or below the threshold.</source>
        <translation>
            <numerusform>A proporção de resultados de soro/plasma abaixo de {threshold}: {below} de %n; um resultado &apos;&lt;&apos; só conta quando seu limite está no limiar ou abaixo dele.</numerusform>
            <numerusform>A proporção de resultados de soro/plasma abaixo de {threshold}: {below} de %n; um resultado &apos;&lt;&apos; só conta quando seu limite está no limiar ou abaixo dele.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of serum/plasma results below {threshold}: 0 of 0.</source>
        <translation>A proporção de resultados de soro/plasma abaixo de {threshold}: 0 de 0.</translation>
    </message>
    <message>
        <source>No slope, so no projection.</source>
        <translation>Sem inclinação, portanto sem projeção.</translation>
    </message>
    <message>
        <source>Not projected: the crossing of {threshold} is projected only when the slope is negative and its 95% interval excludes zero.</source>
        <translation>Não projetado: o cruzamento de {threshold} só é projetado quando a inclinação é negativa e seu intervalo de 95% exclui zero.</translation>
    </message>
    <message>
        <source>No crossing.</source>
        <translation>Sem cruzamento.</translation>
    </message>
    <message>
        <source>Not projected: the fitted line reaches {threshold} more than {years} years from now.</source>
        <translation>Não projetado: a reta ajustada atinge {threshold} daqui a mais de {years} anos.</translation>
    </message>
    <message>
        <source>The fitted line already reached {threshold} at {x} cumulative years on metformin; first started {start}.</source>
        <translation>A reta ajustada já atingiu {threshold} com {x} anos acumulados em metformina; primeiro início em {start}.</translation>
    </message>
    <message>
        <source>The fitted line reaches {threshold} at {x} cumulative years on metformin (if it is taken every day from today); first started {start}.</source>
        <translation>A reta ajustada atinge {threshold} com {x} anos acumulados em metformina (se for tomada todos os dias a partir de hoje); primeiro início em {start}.</translation>
    </message>
    <message>
        <source>the projected crossing is on or before {horizon} (today + {months} months) while the latest value is not below the threshold</source>
        <translation>o cruzamento projetado ocorre até {horizon} (hoje + {months} meses) enquanto o último valor não está abaixo do limiar</translation>
    </message>
    <message>
        <source>Off: no projected crossing; the alert is on when {rule}.</source>
        <translation>Desligado: nenhum cruzamento projetado; o alerta é ligado quando {rule}.</translation>
    </message>
    <message>
        <source>Off: the latest value is already below the threshold; the alert is on when {rule}.</source>
        <translation>Desligado: o último valor já está abaixo do limiar; o alerta é ligado quando {rule}.</translation>
    </message>
    <message>
        <source>On: {rule}.</source>
        <translation>Ligado: {rule}.</translation>
    </message>
    <message>
        <source>Off: the projected crossing is after {horizon}; the alert is on when {rule}.</source>
        <translation>Desligado: o cruzamento projetado é depois de {horizon}; o alerta é ligado quando {rule}.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file: a first test has been due since metformin was started.</source>
        <translation>Nenhum resultado de soro/plasma registrado: uma primeira dosagem está prevista desde o início da metformina.</translation>
    </message>
    <message>
        <source>No serum/plasma result on file and not on metformin: no re-test rule applies.</source>
        <translation>Nenhum resultado de soro/plasma registrado e sem uso de metformina: nenhuma regra de nova dosagem se aplica.</translation>
    </message>
    <message>
        <source>The latest result is not low and the patient is not on metformin today: no re-test rule applies.</source>
        <translation>O último resultado não é baixo e o paciente não está em uso de metformina hoje: nenhuma regra de nova dosagem se aplica.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval after a low result.</source>
        <translation>Prevista {months} meses após o último resultado ({date}): o intervalo de nova dosagem do perfil após um resultado baixo.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): it may be below the threshold, so the profile&apos;s re-test interval after a low result applies.</source>
        <translation>Prevista {months} meses após o último resultado ({date}): ele pode estar abaixo do limiar, então se aplica o intervalo de nova dosagem do perfil após um resultado baixo.</translation>
    </message>
    <message>
        <source>Due {months} months after the latest result ({date}): the profile&apos;s re-test interval for a patient on metformin.</source>
        <translation>Prevista {months} meses após o último resultado ({date}): o intervalo de nova dosagem do perfil para um paciente em uso de metformina.</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} ou {last}</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <source>Results not yet on the clinic server</source>
        <translation>Resultados ainda não enviados ao servidor da clínica</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Coleta</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Enviar agora</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Descartar…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent.</source>
        <translation>
            <numerusform>%n resultado aguardando envio.</numerusform>
            <numerusform>%n resultados aguardando envio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.</source>
        <translation>
            <numerusform>%n resultado não aceito pelo servidor: verifique-o, registre-o de novo se necessário e depois descarte-o.</numerusform>
            <numerusform>%n resultados não aceitos pelo servidor: verifique cada um, registre-o de novo se necessário e depois descarte-o.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>aguardando envio</translation>
    </message>
    <message>
        <source>not accepted: {reason}</source>
        <translation>não aceito: {reason}</translation>
    </message>
    <message>
        <source>Discard this result?</source>
        <translation>Descartar este resultado?</translation>
    </message>
    <message>
        <source>{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from this computer? It is not stored anywhere else.</source>
        <translation>{value} {unit} de {patient} ({date}) não foi aceito pelo servidor da clínica. Descartá-lo deste computador? Ele não está guardado em nenhum outro lugar.</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>⚠ The clinic server cannot be reached: showing what was read at {time}, not current. Results you add are kept on this computer and sent when it is back.</source>
        <translation>⚠ Não é possível acessar o servidor da clínica: mostrando o que foi lido às {time}, não os dados atuais. Os resultados que você adicionar ficam neste computador e são enviados quando ele voltar.</translation>
    </message>
    <message>
        <source>The converter works as usual (Ctrl+1).</source>
        <translation>O conversor funciona normalmente (Ctrl+1).</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation>Conectar ao servidor da clínica</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. TLS is used whenever the server offers it; choose require or verify-full to insist.</source>
        <translation>A senha é lida de ~/.pgpass (ou PGPASSWORD); o mgdesk nunca a armazena. O TLS é usado sempre que o servidor o oferece; escolha require ou verify-full para exigi-lo.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (or address) and the database.</source>
        <translation>Informe o nome (ou endereço) do servidor e o banco de dados.</translation>
    </message>
    <message>
        <source>Trying {address}…</source>
        <translation>Tentando {address}…</translation>
    </message>
</context>
<context>
    <name>about</name>
    <message>
        <source>About the numbers</source>
        <translation>Sobre os números</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversão</translation>
    </message>
    <message>
        <source>Molar mass of magnesium: 24.305 g/mol (CIAAW standard atomic weight, interval [24.304, 24.307]).</source>
        <translation>Massa molar do magnésio: 24,305 g/mol (peso atômico padrão da CIAAW, intervalo [24,304; 24,307]).</translation>
    </message>
    <message>
        <source>Charge of Mg2+: 2, so 1 mmol/L = 2 mEq/L (mEq = mmol × valence; Merck Manual, unit conversions).</source>
        <translation>Carga do Mg2+: 2, portanto 1 mmol/L = 2 mEq/L (mEq = mmol × valência; Manual Merck, conversão de unidades).</translation>
    </message>
    <message>
        <source>1 mmol/L = 2.4305 mg/dL; 1 mg/dL = 0.41144 mmol/L = 0.82288 mEq/L.</source>
        <translation>1 mmol/L = 2,4305 mg/dL; 1 mg/dL = 0,41144 mmol/L = 0,82288 mEq/L.</translation>
    </message>
    <message>
        <source>Generic unit libraries (UCUM, ucumvert) treat 1 mEq as 1 mmol; that is wrong for Mg2+ and not used here.</source>
        <translation>Bibliotecas genéricas de unidades (UCUM, ucumvert) contam 1 mEq como 1 mmol; isso é errado para o Mg2+ e não é usado aqui.</translation>
    </message>
    <message>
        <source>Lab profile in use: {name}</source>
        <translation>Perfil de laboratório em uso: {name}</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {t}.</source>
        <translation>Hipomagnesemia abaixo de {t}.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>The class is decided on the exact converted value; the table&apos;s ends are written so that every value written with as many decimals is in the band the table gives it. A value is borderline when its written precision (half a unit of its last decimal either side) cannot tell which side of a band edge it lies on. A result written with &lt; or &gt; is every value it can take: one band, that class; several bands on one side of the threshold, the class nearest normal, borderline; both sides of the threshold, indeterminate (IND).</source>
        <translation>A classe é decidida sobre o valor convertido exato; as extremidades da tabela são escritas de modo que todo valor escrito com o mesmo número de casas decimais fique na faixa que a tabela lhe dá. Um valor é limítrofe quando sua precisão escrita (meia unidade da última casa decimal para cada lado) não permite dizer de que lado de um limite de faixa ele está. Um resultado escrito com &lt; ou &gt; é todo valor que ele pode assumir: uma só faixa, essa classe; várias faixas do mesmo lado do limiar, a classe mais próxima do normal, limítrofe; os dois lados do limiar, indeterminado (IND).</translation>
    </message>
    <message>
        <source>Why magnesium and metformin</source>
        <translation>Por que magnésio e metformina</translation>
    </message>
    <message>
        <source>Hypomagnesemia (serum Mg below 0.70 mmol/L) worsens insulin resistance in type 2 diabetes (Gommers et al., Diabetes 2016;65:3-13). Metformin users have lower serum Mg, more so with longer treatment and more diabetes drugs (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</source>
        <translation>A hipomagnesemia (Mg sérico abaixo de 0,70 mmol/L) piora a resistência à insulina no diabetes tipo 2 (Gommers et al., Diabetes 2016;65:3-13). Usuários de metformina têm Mg sérico mais baixo, tanto mais quanto mais longo o tratamento e mais antidiabéticos usados (Peters et al., PLoS One 2013;8(9):e74355; Kurstjens et al., Eur J Endocrinol 2017;176(1):11-19).</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Licences of bundled software</source>
        <translation>Licenças dos programas incluídos</translation>
    </message>
</context>
<context>
    <name>class</name>
    <message>
        <source>Critical low</source>
        <translation>Criticamente baixo</translation>
    </message>
    <message>
        <source>Low (hypomagnesemia)</source>
        <translation>Baixo (hipomagnesemia)</translation>
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
        <translation>Criticamente alto</translation>
    </message>
    <message>
        <source>Cannot tell (indeterminate)</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>criticamente baixo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
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
        <translation>criticamente alto</translation>
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
        <translation>baixo</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>em queda</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>dosagem atrasada</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>dosagem em breve</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>em dia</translation>
    </message>
    <message>
        <source>reviewed by {user} on {date}</source>
        <translation>revisado por {user} em {date}</translation>
    </message>
    <message>
        <source>● waiting for review</source>
        <translation>● aguardando revisão</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Latest ({unit})</source>
        <translation>Último ({unit})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Slope ({unit}/year)</source>
        <translation>Inclinação ({unit}/ano)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerta</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nova dosagem prevista</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisão</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>Still being computed from all of this patient&apos;s results; the state and order are final.</source>
        <translation>Ainda sendo calculado a partir de todos os resultados deste paciente; o estado e a ordem são definitivos.</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>sem resultado</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limítrofe</translation>
    </message>
    <message>
        <source>▼ falling</source>
        <translation>▼ em queda</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation>atrasada há {span}</translation>
    </message>
    <message>
        <source>Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; within each, results waiting for review first. A result waits for review when it is the latest and the patient is critical, low or falling (or it is indeterminate).</source>
        <translation>Ordem da lista de trabalho: crítico, baixo, em queda, nova dosagem atrasada, prevista para o próximo mês, depois o restante; em cada grupo, primeiro os resultados aguardando revisão. Um resultado aguarda revisão quando é o mais recente e o paciente está crítico, baixo ou em queda (ou ele é indeterminado).</translation>
    </message>
    <message>
        <source>All on metformin</source>
        <translation>Todos em uso de metformina</translation>
    </message>
    <message>
        <source>Metformin only (no other diabetes drug)</source>
        <translation>Somente metformina (nenhum outro antidiabético)</translation>
    </message>
    <message>
        <source>Metformin with a sulfonylurea</source>
        <translation>Metformina com sulfonilureia</translation>
    </message>
    <message>
        <source>Metformin with a proton-pump inhibitor</source>
        <translation>Metformina com inibidor da bomba de prótons</translation>
    </message>
    <message>
        <source>Metformin with a magnesium supplement</source>
        <translation>Metformina com suplemento de magnésio</translation>
    </message>
    <message>
        <source>Co-medication filter</source>
        <translation>Filtro de medicação concomitante</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Pacientes:</translation>
    </message>
    <message>
        <source>SYNTHETIC – demo clinic</source>
        <translation>FICTÍCIO – clínica de demonstração</translation>
    </message>
    <message>
        <source>Computing the clinic list</source>
        <translation>Calculando a lista da clínica</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed…</source>
        <translation>Marcar como &amp;revisado…</translation>
    </message>
    <message>
        <source>Sign off the selected patient&apos;s latest result as reviewed by you, with an optional comment</source>
        <translation>Registrar o resultado mais recente do paciente selecionado como revisado por você, com um comentário opcional</translation>
    </message>
    <message>
        <source>C&amp;ohort plot</source>
        <translation>&amp;Gráfico da coorte</translation>
    </message>
    <message>
        <source>Treatment &amp;groups (Peters 2013)</source>
        <translation>Grupos de &amp;tratamento (Peters 2013)</translation>
    </message>
    <message>
        <source>Patients on metformin</source>
        <translation>Pacientes em uso de metformina</translation>
    </message>
    <message>
        <source>No database open: open one with File &gt; Open database (Ctrl+O).</source>
        <translation>Nenhum banco de dados aberto: abra um em Arquivo &gt; Abrir banco de dados (Ctrl+O).</translation>
    </message>
    <message>
        <source>Clinic not loaded: {error}</source>
        <translation>Clínica não carregada: {error}</translation>
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
            <numerusform>%n paciente crítico ou baixo primeiro; lendo todos os resultados…</numerusform>
            <numerusform>%n pacientes críticos ou baixos primeiro; lendo todos os resultados…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open patient</source>
        <translation>&amp;Abrir paciente</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar linha</translation>
    </message>
    <message>
        <source>Cohort plot</source>
        <translation>Gráfico da coorte</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Meses acumulados em uso de metformina (pausas não contadas)</translation>
    </message>
    <message>
        <source>Median of all results in each 6-month bin of cumulative time on metformin; results taken off it are left out</source>
        <translation>Mediana de todos os resultados em cada intervalo de 6 meses de uso acumulado de metformina; resultados colhidos sem o medicamento ficam de fora</translation>
    </message>
    <message>
        <source>metformin start</source>
        <translation>início da metformina</translation>
    </message>
    <message>
        <source>one patient (faint)</source>
        <translation>um paciente (traço claro)</translation>
    </message>
    <message>
        <source>median per 6 months on metformin</source>
        <translation>mediana a cada 6 meses de metformina</translation>
    </message>
    <message>
        <source>hypomagnesemia threshold</source>
        <translation>limiar de hipomagnesemia</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hipomagnesemia abaixo de {value}</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérico ({unit})</translation>
    </message>
    <message>
        <source>diet only</source>
        <translation>somente dieta</translation>
    </message>
    <message>
        <source>metformin only</source>
        <translation>somente metformina</translation>
    </message>
    <message>
        <source>sulfonylurea only</source>
        <translation>somente sulfonilureia</translation>
    </message>
    <message>
        <source>metformin + sulfonylurea</source>
        <translation>metformina + sulfonilureia</translation>
    </message>
    <message>
        <source>insulin-containing</source>
        <translation>com insulina</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Clinic by treatment group, beside Peters et al. 2013</source>
        <translation>Clínica por grupo de tratamento, ao lado de Peters et al. 2013</translation>
    </message>
    <message>
        <source>Treatment group</source>
        <translation>Grupo de tratamento</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean Mg, mmol/L (SD)</source>
        <translation>Mg médio, mmol/L (DP)</translation>
    </message>
    <message>
        <source>% below 0.70</source>
        <translation>% abaixo de 0,70</translation>
    </message>
    <message>
        <source>Peters 2013: n</source>
        <translation>Peters 2013: n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Média (DP)</translation>
    </message>
    <message>
        <source>Published figures: {source}.</source>
        <translation>Dados publicados: {source}.</translation>
    </message>
    <message>
        <source>E&amp;xport table as CSV…</source>
        <translation>E&amp;xportar tabela como CSV…</translation>
    </message>
    <message>
        <source>Computing the treatment groups…</source>
        <translation>Calculando os grupos de tratamento…</translation>
    </message>
    <message>
        <source> ({k} uncertain)</source>
        <translation> ({k} incertos)</translation>
    </message>
    <message>
        <source>not studied</source>
        <translation>não estudado</translation>
    </message>
    <message>
        <source>Export the group table</source>
        <translation>Exportar a tabela de grupos</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
</context>
<context>
    <name>converter</name>
    <message>
        <source>Serum &amp;magnesium result</source>
        <translation>Resultado de &amp;magnésio sérico</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>ex.: 1.8 ou 1,8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valor de magnésio</translation>
    </message>
    <message>
        <source>Type or paste a value; a unit written after it also sets the unit.</source>
        <translation>Digite ou cole um valor; uma unidade escrita depois dele também define a unidade.</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unidade do valor</translation>
    </message>
    <message>
        <source>Input message</source>
        <translation>Mensagem sobre a entrada</translation>
    </message>
    <message>
        <source>Interpretation code</source>
        <translation>Código de interpretação</translation>
    </message>
    <message>
        <source>This result in each unit</source>
        <translation>Este resultado em cada unidade</translation>
    </message>
    <message>
        <source>Unit warnings</source>
        <translation>Avisos de unidade</translation>
    </message>
    <message>
        <source>&amp;Copy for note</source>
        <translation>&amp;Copiar para nota</translation>
    </message>
    <message>
        <source>Copy a sentence for the clinical note</source>
        <translation>Copiar uma frase para a nota clínica</translation>
    </message>
    <message>
        <source>Copy a ready sentence for the clinical note (Ctrl+Shift+C)</source>
        <translation>Copiar uma frase pronta para a nota clínica (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>This result in {unit}</source>
        <translation>Este resultado em {unit}</translation>
    </message>
    <message>
        <source>Threshold and bands</source>
        <translation>Limiar e faixas</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Esta sessão</translation>
    </message>
    <message>
        <source>Press Enter to keep a conversion here. Kept in memory only, never saved.</source>
        <translation>Pressione Enter para guardar uma conversão aqui. Fica só na memória, nunca é salva.</translation>
    </message>
    <message>
        <source>Conversions this session</source>
        <translation>Conversões desta sessão</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>Limpar &amp;histórico</translation>
    </message>
    <message>
        <source>Clear this session&apos;s conversions</source>
        <translation>Limpar as conversões desta sessão</translation>
    </message>
    <message>
        <source>Nothing to copy yet: enter a value first.</source>
        <translation>Nada para copiar ainda: digite um valor primeiro.</translation>
    </message>
    <message>
        <source>Copied: {note}</source>
        <translation>Copiado: {note}</translation>
    </message>
    <message>
        <source>Type a value to see it in every unit, with its class.</source>
        <translation>Digite um valor para vê-lo em cada unidade, com sua classe.</translation>
    </message>
    <message>
        <source>Interpretation code {code}</source>
        <translation>Código de interpretação {code}</translation>
    </message>
    <message>
        <source>FHIR Observation.interpretation code (LL, L, N, H, HH; IND when it cannot tell).</source>
        <translation>Código FHIR de Observation.interpretation (LL, L, N, H, HH; IND quando não é possível determinar).</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>This profile names no sources.</source>
        <translation>Este perfil não cita fontes.</translation>
    </message>
    <message>
        <source>Hypomagnesemia below {threshold}</source>
        <translation>Hipomagnesemia abaixo de {threshold}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>mgdesk met an unexpected error</source>
        <translation>O mgdesk encontrou um erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside mgdesk: {error}

Nothing you entered has been lost. The details were written to:
{path}

Please send that file to your IT contact. Further errors this session are logged only.</source>
        <translation>Algo deu errado dentro do mgdesk: {error}

Nada do que você digitou foi perdido. Os detalhes foram gravados em:
{path}

Envie esse arquivo ao seu contato de TI. Outros erros nesta sessão serão apenas registrados.</translation>
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
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>Clinic identifier</source>
        <translation>Identificador na clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Ano de nascimento</translation>
    </message>
    <message>
        <source>female</source>
        <translation>feminino</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculino</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Clinic &amp;identifier (required)</source>
        <translation>&amp;Identificador na clínica (obrigatório)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <source>&amp;Birth year</source>
        <translation>&amp;Ano de nascimento</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>&amp;Sexo</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Observações</translation>
    </message>
    <message>
        <source>Edit medication</source>
        <translation>Editar medicação</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Adicionar medicação</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Classe do medicamento</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data de início</translation>
    </message>
    <message>
        <source>stopped on</source>
        <translation>suspenso em</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Data de término</translation>
    </message>
    <message>
        <source>e.g. 1000 (optional)</source>
        <translation>ex.: 1000 (opcional)</translation>
    </message>
    <message>
        <source>Daily dose in mg</source>
        <translation>Dose diária em mg</translation>
    </message>
    <message>
        <source>Drug &amp;class</source>
        <translation>&amp;Classe do medicamento</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>&amp;Medicamento</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Término</translation>
    </message>
    <message>
        <source>Daily d&amp;ose (mg)</source>
        <translation>&amp;Dose diária (mg)</translation>
    </message>
    <message>
        <source>A dose change is a new course: stop this one and add the new dose.</source>
        <translation>Uma mudança de dose é um novo período de tratamento: encerre este e adicione a nova dose.</translation>
    </message>
    <message>
        <source>Edit result</source>
        <translation>Editar resultado</translation>
    </message>
    <message>
        <source>Add magnesium result</source>
        <translation>Adicionar resultado de magnésio</translation>
    </message>
    <message>
        <source>Collection date</source>
        <translation>Data da coleta</translation>
    </message>
    <message>
        <source>at</source>
        <translation>às</translation>
    </message>
    <message>
        <source>Collection time</source>
        <translation>Hora da coleta</translation>
    </message>
    <message>
        <source>e.g. 1.8 or 1,8 mg/dL</source>
        <translation>ex.: 1.8 ou 1,8 mg/dL</translation>
    </message>
    <message>
        <source>Magnesium value</source>
        <translation>Valor de magnésio</translation>
    </message>
    <message>
        <source>Unit of the value</source>
        <translation>Unidade do valor</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Collected &amp;on</source>
        <translation>Coletado &amp;em</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>S&amp;pecimen</source>
        <translation>&amp;Amostra</translation>
    </message>
    <message>
        <source>&amp;Lab</source>
        <translation>&amp;Laboratório</translation>
    </message>
    <message>
        <source>Co&amp;mment</source>
        <translation>Co&amp;mentário</translation>
    </message>
    <message>
        <source>Type the value as the lab wrote it, with its decimals.</source>
        <translation>Digite o valor como o laboratório o escreveu, com suas casas decimais.</translation>
    </message>
    <message>
        <source>Stored, but not compared with serum bands nor drawn on the serum trend.</source>
        <translation>Armazenado, mas não comparado com as faixas séricas nem desenhado na tendência sérica.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Cannot write {path}: the name must end in .png, .svg or .pdf.</source>
        <translation>Não é possível gravar {path}: o nome deve terminar em .png, .svg ou .pdf.</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Não é possível gravar {path}.</translation>
    </message>
    <message>
        <source>Serum magnesium trend</source>
        <translation>Tendência do magnésio sérico</translation>
    </message>
    <message>
        <source>Made with mgdesk</source>
        <translation>Feito com o mgdesk</translation>
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
        <translation>Guia do usuário do mgdesk</translation>
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
        <translation>Digitado</translation>
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
        <translation>como o arquivo indica (datas ISO, ou uma dica como “date (dd/mm/yyyy)”)</translation>
    </message>
    <message>
        <source>day first: 03/04/2024 is 3 April</source>
        <translation>dia primeiro: 03/04/2024 é 3 de abril</translation>
    </message>
    <message>
        <source>month first: 03/04/2024 is 4 March</source>
        <translation>mês primeiro: 03/04/2024 é 4 de março</translation>
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
        <translation>Como as datas estão escritas</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Ler como</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Why it is not imported</source>
        <translation>Por que não é importado</translation>
    </message>
    <message>
        <source>&amp;Save rejection report…</source>
        <translation>&amp;Salvar relatório de rejeições…</translation>
    </message>
    <message>
        <source>&amp;Forget this mapping</source>
        <translation>&amp;Esquecer este mapeamento</translation>
    </message>
    <message>
        <source>Which PID-3 identifier is the clinic ID</source>
        <translation>Qual identificador PID-3 é o ID da clínica</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Datas</translation>
    </message>
    <message>
        <source>&amp;Patient ID (PID-3)</source>
        <translation>ID do &amp;paciente (PID-3)</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Mapeamento de colunas</translation>
    </message>
    <message>
        <source>First rows as they will be stored</source>
        <translation>Primeiras linhas como serão armazenadas</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Linhas rejeitadas</translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>A verificação foi cancelada.</translation>
    </message>
    <message>
        <source>mgdesk cannot tell which columns hold the patient, the date and the value. Choose what each column holds below; the file is checked again after each choice.</source>
        <translation>O mgdesk não consegue identificar quais colunas contêm o paciente, a data e o valor. Escolha abaixo o que cada coluna contém; o arquivo é verificado de novo após cada escolha.</translation>
    </message>
    <message>
        <source>Choices not remembered</source>
        <translation>Escolhas não memorizadas</translation>
    </message>
    <message>
        <source>magnesium results</source>
        <translation>resultados de magnésio</translation>
    </message>
    <message>
        <source>medication courses</source>
        <translation>períodos de tratamento</translation>
    </message>
    <message>
        <source>{name}: {kind}. {good} rows can be imported, {bad} are rejected (below).</source>
        <translation>{name}: {kind}. {good} linhas podem ser importadas, {bad} foram rejeitadas (abaixo).</translation>
    </message>
    <message>
        <source>{count} other results are not magnesium; {warnings} warnings.</source>
        <translation>{count} outros resultados não são de magnésio; {warnings} avisos.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have dates such as 03/04/2024 that read two ways: choose how dates are written above.</source>
        <translation>
            <numerusform>%n linha tem datas como 03/04/2024, que podem ser lidas de dois modos: escolha acima como as datas estão escritas.</numerusform>
            <numerusform>%n linhas têm datas como 03/04/2024, que podem ser lidas de dois modos: escolha acima como as datas estão escritas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {line}: {same_sample}; not stored.</source>
        <translation>Linha {line}: {same_sample}; não armazenada.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new patient(s) will be created.</source>
        <translation>
            <numerusform>%n novo paciente será criado.</numerusform>
            <numerusform>%n novos pacientes serão criados.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: {reason}</source>
        <translation>aviso: {reason}</translation>
    </message>
    <message>
        <source>Rejected rows: none, every row can be imported.</source>
        <translation>Linhas rejeitadas: nenhuma, todas as linhas podem ser importadas.</translation>
    </message>
    <message>
        <source>Read {header} as</source>
        <translation>Ler {header} como</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>(não lido)</translation>
    </message>
    <message>
        <source>value, in {unit} unless a unit column says otherwise</source>
        <translation>valor, em {unit}, salvo se uma coluna de unidade indicar outra</translation>
    </message>
    <message>
        <source>Mapping remembered from {date} (a file with the same columns).</source>
        <translation>Mapeamento memorizado em {date} (um arquivo com as mesmas colunas).</translation>
    </message>
    <message>
        <source>the first of type MR, else the first (default)</source>
        <translation>o primeiro do tipo MR, senão o primeiro (padrão)</translation>
    </message>
    <message numerus="yes">
        <source>type {type}, assigned by {authority} (%n message(s))</source>
        <translation>
            <numerusform>tipo {type}, atribuído por {authority} (%n mensagem)</numerusform>
            <numerusform>tipo {type}, atribuído por {authority} (%n mensagens)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>type {type} (%n message(s))</source>
        <translation>
            <numerusform>tipo {type} (%n mensagem)</numerusform>
            <numerusform>tipo {type} (%n mensagens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Map lab code {code}</source>
        <translation>Mapear o código de laboratório {code}</translation>
    </message>
    <message>
        <source>not magnesium (not imported)</source>
        <translation>não é magnésio (não importado)</translation>
    </message>
    <message>
        <source>= serum magnesium</source>
        <translation>= magnésio sérico</translation>
    </message>
    <message>
        <source>= urine magnesium</source>
        <translation>= magnésio urinário</translation>
    </message>
    <message>
        <source>= red-cell magnesium</source>
        <translation>= magnésio eritrocitário</translation>
    </message>
    <message>
        <source>The lab sends these results under its own code, and its name says magnesium. Choose what it measures to import them; the choice is remembered for the next file.</source>
        <translation>O laboratório envia estes resultados com um código próprio, e o nome dele indica magnésio. Escolha o que ele mede para importá-los; a escolha fica memorizada para o próximo arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>Lab code {code} (%n result(s))</source>
        <translation>
            <numerusform>Código de laboratório {code} (%n resultado)</numerusform>
            <numerusform>Código de laboratório {code} (%n resultados)</numerusform>
        </translation>
    </message>
    <message>
        <source>Two columns are read as {field}: choose one.</source>
        <translation>Duas colunas são lidas como {field}: escolha uma.</translation>
    </message>
    <message>
        <source>not classified ({specimen})</source>
        <translation>não classificado ({specimen})</translation>
    </message>
    <message>
        <source>Save rejection report</source>
        <translation>Salvar relatório de rejeições</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>Cannot write {name}: {error}</source>
        <translation>Não é possível gravar {name}: {error}</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importando {name}…</translation>
    </message>
    <message>
        <source>{imported} imported, {duplicates} duplicates skipped, {created} new patients, {rejected} rows rejected.</source>
        <translation>{imported} importados, {duplicates} duplicados ignorados, {created} novos pacientes, {rejected} linhas rejeitadas.</translation>
    </message>
    <message>
        <source>Left as you left them: {deleted} previously deleted, {corrected} previously corrected (lines {lines}).</source>
        <translation>Mantidos como você os deixou: {deleted} excluídos antes, {corrected} corrigidos antes (linhas {lines}).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database opened last, {path}, is not there (moved, deleted or on a drive not connected): no database is open. Open one with File &gt; Open database (Ctrl+O).</source>
        <translation>O último banco de dados aberto, {path}, não está lá (movido, excluído ou em uma unidade desconectada): nenhum banco de dados está aberto. Abra um em Arquivo &gt; Abrir banco de dados (Ctrl+O).</translation>
    </message>
    <message>
        <source>Database: {path} (synthetic demo)</source>
        <translation>Banco de dados: {path} (demonstração fictícia)</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Banco de dados: {path}</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Nenhum banco de dados aberto</translation>
    </message>
    <message>
        <source>Database closed. The converter works without one (Ctrl+1).</source>
        <translation>Banco de dados fechado. O conversor funciona sem ele (Ctrl+1).</translation>
    </message>
    <message>
        <source>Open a patient database</source>
        <translation>Abrir um banco de dados de pacientes</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bancos de dados do mgdesk (*.sqlite3 *.db);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Database not opened</source>
        <translation>Banco de dados não aberto</translation>
    </message>
    <message>
        <source>Copy to the clinic server</source>
        <translation>Copiar para o servidor da clínica</translation>
    </message>
    <message>
        <source>Open the workstation&apos;s database file first (File &gt; Open database); it is copied as is.</source>
        <translation>Primeiro abra o arquivo de banco de dados da estação de trabalho (Arquivo &gt; Abrir banco de dados); ele é copiado como está.</translation>
    </message>
    <message>
        <source>The server database holds records</source>
        <translation>O banco de dados do servidor contém registros</translation>
    </message>
    <message>
        <source>{error}

Add this database&apos;s records beside them? Identifiers are moved past the server&apos;s; a clinic ID both use stops the copy with nothing kept.</source>
        <translation>{error}

Adicionar os registros deste banco de dados ao lado deles? Os identificadores são deslocados para depois dos do servidor; um ID da clínica usado nos dois interrompe a cópia sem guardar nada.</translation>
    </message>
    <message>
        <source>Nothing copied</source>
        <translation>Nada copiado</translation>
    </message>
    <message>
        <source>Copy this database to the clinic server</source>
        <translation>Copiar este banco de dados para o servidor da clínica</translation>
    </message>
    <message>
        <source>{error}

Nothing was copied.</source>
        <translation>{error}

Nada foi copiado.</translation>
    </message>
    <message>
        <source>{table}: {rows} rows, checksum {checksum}</source>
        <translation>{table}: {rows} linhas, soma de verificação {checksum}</translation>
    </message>
    <message>
        <source>Copied {source} to {target} and verified: every table has the same rows and checksum there.</source>
        <translation>{source} copiado para {target} e verificado: cada tabela tem lá as mesmas linhas e a mesma soma de verificação.</translation>
    </message>
    <message>
        <source>Copy verified</source>
        <translation>Cópia verificada</translation>
    </message>
    <message>
        <source>Open the clinic server now</source>
        <translation>Abrir o servidor da clínica agora</translation>
    </message>
    <message>
        <source>Copying the database to the clinic server…</source>
        <translation>Copiando o banco de dados para o servidor da clínica…</translation>
    </message>
    <message>
        <source>New patient database</source>
        <translation>Novo banco de dados de pacientes</translation>
    </message>
    <message>
        <source>mgdesk databases (*.sqlite3)</source>
        <translation>Bancos de dados do mgdesk (*.sqlite3)</translation>
    </message>
    <message>
        <source>Database not created</source>
        <translation>Banco de dados não criado</translation>
    </message>
    <message>
        <source>{path} already exists; open it instead.</source>
        <translation>{path} já existe; abra-o.</translation>
    </message>
    <message>
        <source>No database</source>
        <translation>Nenhum banco de dados</translation>
    </message>
    <message>
        <source>Open or create a patient database first.</source>
        <translation>Primeiro abra ou crie um banco de dados de pacientes.</translation>
    </message>
    <message>
        <source>Import results or medications</source>
        <translation>Importar resultados ou medicações</translation>
    </message>
    <message>
        <source>CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)</source>
        <translation>Arquivos CSV, HL7 v2 e FHIR (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <source>Nothing of {name} was stored.</source>
        <translation>Nada de {name} foi armazenado.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>{error}

Nothing of the file was stored.</source>
        <translation>{error}

Nada do arquivo foi armazenado.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importação concluída</translation>
    </message>
    <message>
        <source>Save rejection report…</source>
        <translation>Salvar relatório de rejeições…</translation>
    </message>
    <message>
        <source>Open a patient database first.</source>
        <translation>Primeiro abra um banco de dados de pacientes.</translation>
    </message>
    <message>
        <source>Export as FHIR</source>
        <translation>Exportar como FHIR</translation>
    </message>
    <message>
        <source>Export only patient {id}? (No: every patient)</source>
        <translation>Exportar somente o paciente {id}? (Não: todos os pacientes)</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n result(s) as FHIR to {name}.</source>
        <translation>
            <numerusform>%n resultado exportado como FHIR para {name}.</numerusform>
            <numerusform>%n resultados exportados como FHIR para {name}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export medications</source>
        <translation>Exportar medicações</translation>
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
        <translation>Exportado para {name}.</translation>
    </message>
    <message>
        <source>Building the demo clinic…</source>
        <translation>Criando a clínica de demonstração…</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clínica de demonstração</translation>
    </message>
    <message>
        <source>mgdesk - serum magnesium</source>
        <translation>mgdesk - magnésio sérico</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
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
        <translation>Resultados registrados enquanto o servidor da clínica estava inacessível</translation>
    </message>
    <message>
        <source>Offline: nothing about a patient leaves this computer.</source>
        <translation>Offline: nenhum dado de paciente sai deste computador.</translation>
    </message>
    <message>
        <source>Choose a lab profile</source>
        <translation>Escolher um perfil de laboratório</translation>
    </message>
    <message>
        <source>Lab profiles (*.toml);;All files (*)</source>
        <translation>Perfis de laboratório (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Profile not loaded</source>
        <translation>Perfil não carregado</translation>
    </message>
    <message>
        <source>{error}

The profile in use is unchanged.</source>
        <translation>{error}

O perfil em uso não foi alterado.</translation>
    </message>
    <message>
        <source>Profile: {name}</source>
        <translation>Perfil: {name}</translation>
    </message>
    <message>
        <source>Chosen profile not usable ({problem}); using the default.</source>
        <translation>O perfil escolhido não pode ser usado ({problem}); usando o padrão.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) waiting to be sent</source>
        <translation>
            <numerusform>%n resultado aguardando envio</numerusform>
            <numerusform>%n resultados aguardando envio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) not accepted: open</source>
        <translation>
            <numerusform>%n resultado não aceito: abrir</numerusform>
            <numerusform>%n resultados não aceitos: abrir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) were not accepted by the clinic server and are kept: click the outbox note.</source>
        <translation>
            <numerusform>%n resultado não foi aceito pelo servidor da clínica e está guardado: clique no aviso da caixa de saída.</numerusform>
            <numerusform>%n resultados não foram aceitos pelo servidor da clínica e estão guardados: clique no aviso da caixa de saída.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) sent to the clinic server.</source>
        <translation>
            <numerusform>%n resultado enviado ao servidor da clínica.</numerusform>
            <numerusform>%n resultados enviados ao servidor da clínica.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clinic server answers again.</source>
        <translation>O servidor da clínica responde de novo.</translation>
    </message>
    <message>
        <source>Clinic server out of reach; results you add wait here.</source>
        <translation>Servidor da clínica inacessível; os resultados que você adicionar aguardam aqui.</translation>
    </message>
    <message>
        <source>About mgdesk</source>
        <translation>Sobre o mgdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Serum magnesium for clinics that treat type 2 diabetes: exact unit conversion, classification against 0.70 mmol/L, trends over time on metformin.&lt;br&gt;Offline: nothing about a patient leaves this computer.&lt;br&gt;Licence: GPL-3.0-or-later.</source>
        <translation>&lt;b&gt;mgdesk {version}&lt;/b&gt;&lt;br&gt;Magnésio sérico para clínicas que tratam diabetes tipo 2: conversão exata de unidades, classificação em relação a 0,70 mmol/L, tendências ao longo do tempo em uso de metformina.&lt;br&gt;Offline: nenhum dado de paciente sai deste computador.&lt;br&gt;Licença: GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation>C&amp;onectar ao servidor da clínica…</translation>
    </message>
    <message>
        <source>Cop&amp;y this database to the clinic server…</source>
        <translation>&amp;Copiar este banco de dados para o servidor…</translation>
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
        <translation>Exportar &amp;medicações…</translation>
    </message>
    <message>
        <source>Export p&amp;lot…</source>
        <translation>Exportar &amp;gráfico…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>&amp;Relatório do paciente (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primir relatório do paciente…</translation>
    </message>
    <message>
        <source>&amp;Close database</source>
        <translation>Fec&amp;har banco de dados</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Copy for clinical note</source>
        <translation>&amp;Copiar para a nota clínica</translation>
    </message>
    <message>
        <source>&amp;Keep in history</source>
        <translation>&amp;Manter no histórico</translation>
    </message>
    <message>
        <source>Clear &amp;value</source>
        <translation>&amp;Limpar valor</translation>
    </message>
    <message>
        <source>&amp;Enter a new value</source>
        <translation>D&amp;igitar um novo valor</translation>
    </message>
    <message>
        <source>Clear this session&apos;s &amp;history</source>
        <translation>Limpar o &amp;histórico desta sessão</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidade</translation>
    </message>
    <message>
        <source>&amp;Next unit</source>
        <translation>&amp;Próxima unidade</translation>
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
        <translation>&amp;Novo paciente…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>&amp;Editar paciente…</translation>
    </message>
    <message>
        <source>&amp;Delete patient…</source>
        <translation>E&amp;xcluir paciente…</translation>
    </message>
    <message>
        <source>Add &amp;result…</source>
        <translation>Adicionar &amp;resultado…</translation>
    </message>
    <message>
        <source>Add &amp;medication…</source>
        <translation>Adicionar &amp;medicação…</translation>
    </message>
    <message>
        <source>Show or hide the patient &amp;list</source>
        <translation>Mostrar ou ocultar a &amp;lista de pacientes</translation>
    </message>
    <message>
        <source>Show or hide results and medications &amp;tables</source>
        <translation>Mostrar ou ocultar as &amp;tabelas de resultados e medicações</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>C&amp;onfigurações</translation>
    </message>
    <message>
        <source>Choose lab &amp;profile…</source>
        <translation>Escolher perfil de &amp;laboratório…</translation>
    </message>
    <message>
        <source>Use the &amp;default profile</source>
        <translation>Usar o perfil &amp;padrão</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Open the &amp;demo clinic (synthetic patients)</source>
        <translation>Abrir a clínica de &amp;demonstração (pacientes fictícios)</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>About the &amp;numbers</source>
        <translation>Sobre os &amp;números</translation>
    </message>
    <message>
        <source>&amp;About mgdesk</source>
        <translation>&amp;Sobre o mgdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies when mgdesk starts again.</source>
        <translation>O novo idioma será aplicado quando o mgdesk for aberto de novo.</translation>
    </message>
    <message>
        <source>Clinic ({n})</source>
        <translation>Clínica ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for a clinician&apos;s review</source>
        <translation>
            <numerusform>%n resultado aguarda revisão clínica</numerusform>
            <numerusform>%n resultados aguardam revisão clínica</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing waits for review</source>
        <translation>Nada aguarda revisão</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Marcar como revisado</translation>
    </message>
    <message>
        <source>Sign off the latest result of {id} as reviewed by you ({user}).
Comment (optional):</source>
        <translation>Registrar o resultado mais recente de {id} como revisado por você ({user}).
Comentário (opcional):</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Nenhum paciente</translation>
    </message>
    <message>
        <source>Choose a patient first (Ctrl+2).</source>
        <translation>Escolha um paciente primeiro (Ctrl+2).</translation>
    </message>
</context>
<context>
    <name>patients</name>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir banco de dados…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Novo banco de dados…</translation>
    </message>
    <message>
        <source>Search by clinic ID or name (Ctrl+F)</source>
        <translation>Buscar por ID da clínica ou nome (Ctrl+F)</translation>
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
        <translation>Novo &amp;paciente…</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Lista de pacientes</translation>
    </message>
    <message>
        <source>Show or hide the patient list (Ctrl+B)</source>
        <translation>Mostrar ou ocultar a lista de pacientes (Ctrl+B)</translation>
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
        <translation>E&amp;xcluir paciente…</translation>
    </message>
    <message>
        <source>Results and medications tables</source>
        <translation>Tabelas de resultados e medicações</translation>
    </message>
    <message>
        <source>Show or hide the results and medications tables (Ctrl+Shift+B)</source>
        <translation>Mostrar ou ocultar as tabelas de resultados e medicações (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>Magnesium results</source>
        <translation>Resultados de magnésio</translation>
    </message>
    <message>
        <source>Medication courses</source>
        <translation>Períodos de tratamento</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medicações</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Copy row</source>
        <translation>&amp;Copiar linha</translation>
    </message>
    <message>
        <source>Show the &amp;patient&apos;s trend</source>
        <translation>Mostrar a &amp;tendência do paciente</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Excluir…</translation>
    </message>
    <message>
        <source>Opening the patient database…</source>
        <translation>Abrindo o banco de dados de pacientes…</translation>
    </message>
    <message>
        <source>{reason}

The converter works without a database (Ctrl+1).</source>
        <translation>{reason}

O conversor funciona sem banco de dados (Ctrl+1).</translation>
    </message>
    <message>
        <source>No database is open. Open one (Ctrl+O) or create one (Ctrl+Shift+N).

The converter works without a database (Ctrl+1).</source>
        <translation>Nenhum banco de dados aberto. Abra um (Ctrl+O) ou crie um (Ctrl+Shift+N).

O conversor funciona sem banco de dados (Ctrl+1).</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
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
        <translation>Escolha um paciente à esquerda ou adicione um (Ctrl+N).</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>nasc. {year}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Excluir {what}</translation>
    </message>
    <message>
        <source>Delete {what}? It is hidden, kept in the audit log, and Undo (Ctrl+Z) brings it back.
Reason:</source>
        <translation>Excluir {what}? O item fica oculto, mantido no registro de auditoria, e Desfazer (Ctrl+Z) o traz de volta.
Motivo:</translation>
    </message>
    <message>
        <source>entered in error</source>
        <translation>registrado por engano</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>nenhum motivo informado</translation>
    </message>
    <message>
        <source>patient {id}</source>
        <translation>paciente {id}</translation>
    </message>
    <message>
        <source>{drug} from {start}</source>
        <translation>{drug} desde {start}</translation>
    </message>
    <message>
        <source>the result of {date} ({value} {unit})</source>
        <translation>o resultado de {date} ({value} {unit})</translation>
    </message>
    <message>
        <source>Same sample already stored</source>
        <translation>Mesma amostra já armazenada</translation>
    </message>
    <message>
        <source>This patient already has {value} {unit} ({specimen}, {when}). {new_value} {new_unit} at that time is the same sample within the written precision. Save it again anyway?</source>
        <translation>Este paciente já tem {value} {unit} ({specimen}, {when}). {new_value} {new_unit} nesse horário é a mesma amostra, dentro da precisão escrita. Salvar de novo mesmo assim?</translation>
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
        <translation>ID da clínica</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Value as written</source>
        <translation>Valor como escrito</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Meses acumulados em metformina</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>{months} (off)</source>
        <translation>{months} (sem uso)</translation>
    </message>
    <message>
        <source>(preliminary)</source>
        <translation>(preliminar)</translation>
    </message>
    <message>
        <source>(lab: {flag})</source>
        <translation>(laboratório: {flag})</translation>
    </message>
    <message>
        <source>The lab flagged it {flag}, which is not mgdesk&apos;s class against this profile.</source>
        <translation>O laboratório o sinalizou como {flag}, que não é a classe do mgdesk para este perfil.</translation>
    </message>
    <message>
        <source>not classified</source>
        <translation>não classificado</translation>
    </message>
    <message>
        <source>{specimen} magnesium is not compared with serum bands.</source>
        <translation>O magnésio {specimen} não é comparado com as faixas séricas.</translation>
    </message>
    <message>
        <source>{words} ({code}) against the profile “{profile}”{borderline}.</source>
        <translation>{words} ({code}) pelo perfil “{profile}”{borderline}.</translation>
    </message>
    <message>
        <source>, borderline: its written precision straddles a band edge</source>
        <translation>, limítrofe: sua precisão escrita atravessa um limite de faixa</translation>
    </message>
    <message>
        <source>It could be on either side of the hypomagnesemia threshold.</source>
        <translation>Pode estar de qualquer lado do limiar de hipomagnesemia.</translation>
    </message>
    <message>
        <source>Drug class</source>
        <translation>Classe do medicamento</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose diária (mg)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>em curso</translation>
    </message>
    <message>
        <source>metformin</source>
        <translation>metformina</translation>
    </message>
    <message>
        <source>sulfonylurea</source>
        <translation>sulfonilureia</translation>
    </message>
    <message>
        <source>insulin</source>
        <translation>insulina</translation>
    </message>
    <message>
        <source>DPP-4 inhibitor</source>
        <translation>inibidor da DPP-4</translation>
    </message>
    <message>
        <source>SGLT2 inhibitor</source>
        <translation>inibidor do SGLT2</translation>
    </message>
    <message>
        <source>GLP-1 agonist</source>
        <translation>agonista do GLP-1</translation>
    </message>
    <message>
        <source>proton-pump inhibitor</source>
        <translation>inibidor da bomba de prótons</translation>
    </message>
    <message>
        <source>loop diuretic</source>
        <translation>diurético de alça</translation>
    </message>
    <message>
        <source>thiazide diuretic</source>
        <translation>diurético tiazídico</translation>
    </message>
    <message>
        <source>magnesium supplement</source>
        <translation>suplemento de magnésio</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>serum</source>
        <translation>soro</translation>
    </message>
    <message>
        <source>plasma</source>
        <translation>plasma</translation>
    </message>
    <message>
        <source>urine</source>
        <translation>urina</translation>
    </message>
    <message>
        <source>red-cell</source>
        <translation>eritrócito</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>born {year}</source>
        <translation>nascido(a) em {year}</translation>
    </message>
    <message>
        <source>sex {sex}</source>
        <translation>sexo {sex}</translation>
    </message>
    <message>
        <source>SYNTHETIC – a demo patient made by mgdesk&apos;s demo clinic, not a real person.</source>
        <translation>FICTÍCIO – paciente de demonstração criado pela clínica de demonstração do mgdesk, não uma pessoa real.</translation>
    </message>
    <message>
        <source>Serum magnesium report</source>
        <translation>Relatório de magnésio sérico</translation>
    </message>
    <message>
        <source>The numbers</source>
        <translation>Os números</translation>
    </message>
    <message>
        <source>Serum/plasma results ({n})</source>
        <translation>Resultados de soro/plasma ({n})</translation>
    </message>
    <message>
        <source>The latest {shown} of {n} are listed; the plot shows all.</source>
        <translation>Os {shown} mais recentes de {n} estão listados; o gráfico mostra todos.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Como escrito</translation>
    </message>
    <message>
        <source>In {unit}</source>
        <translation>Em {unit}</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>Amostra</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratório</translation>
    </message>
    <message>
        <source>, borderline</source>
        <translation>, limítrofe</translation>
    </message>
    <message>
        <source> (off metformin)</source>
        <translation> (sem metformina)</translation>
    </message>
    <message numerus="yes">
        <source>%n urine or red-cell result(s) not serum, so not shown.</source>
        <translation>
            <numerusform>%n resultado de urina ou eritrócito não é sérico, por isso não é mostrado.</numerusform>
            <numerusform>%n resultados de urina ou eritrócito não são séricos, por isso não são mostrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile and conversion</source>
        <translation>Perfil e conversão</translation>
    </message>
    <message>
        <source>Profile: {name}.</source>
        <translation>Perfil: {name}.</translation>
    </message>
    <message>
        <source>hypomagnesemia below</source>
        <translation>hipomagnesemia abaixo de</translation>
    </message>
    <message>
        <source>Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).</source>
        <translation>Nova dosagem {on} meses após o último resultado em uso de metformina, {low} meses após um resultado baixo (política da clínica).</translation>
    </message>
    <message>
        <source>Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).</source>
        <translation>Conversão: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (massa molar do Mg 24,305 g/mol, peso atômico padrão da CIAAW; carga do Mg2+ 2, mEq = mmol x valência, conversões de unidades do Manual Merck).</translation>
    </message>
    <message>
        <source>Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn.</source>
        <translation>Gerado em {when} por {user} com o mgdesk {version}, com referência a {today}. Somente resultados de soro/plasma são desenhados.</translation>
    </message>
    <message>
        <source>SYNTHETIC demo patient.</source>
        <translation>Paciente de demonstração FICTÍCIO.</translation>
    </message>
    <message>
        <source>Cannot write or print the report.</source>
        <translation>Não é possível gravar nem imprimir o relatório.</translation>
    </message>
    <message>
        <source>Serum magnesium report {id}</source>
        <translation>Relatório de magnésio sérico {id}</translation>
    </message>
    <message>
        <source>Cannot write {path}.</source>
        <translation>Não é possível gravar {path}.</translation>
    </message>
    <message>
        <source>Print patient report</source>
        <translation>Imprimir relatório do paciente</translation>
    </message>
</context>
<context>
    <name>trend</name>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>already reached (about {month})</source>
        <translation>já atingido (por volta de {month})</translation>
    </message>
    <message>
        <source>about {month}</source>
        <translation>por volta de {month}</translation>
    </message>
    <message>
        <source>overdue by {span} (due {date})</source>
        <translation>atrasada há {span} (prevista para {date})</translation>
    </message>
    <message>
        <source>{date} (due within a month)</source>
        <translation>{date} (prevista para o próximo mês)</translation>
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
        <translation>{value} {unit} ({words}) em {date}</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Último</translation>
    </message>
    <message>
        <source>Since last test</source>
        <translation>Desde a última dosagem</translation>
    </message>
    <message>
        <source>{months} months (cumulative)</source>
        <translation>{months} meses (acumulados)</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) off metformin</source>
        <translation>
            <numerusform>%n resultado sem metformina</numerusform>
            <numerusform>%n resultados sem metformina</numerusform>
        </translation>
    </message>
    <message>
        <source>Time on metformin</source>
        <translation>Tempo em metformina</translation>
    </message>
    <message>
        <source>too few results</source>
        <translation>poucos resultados</translation>
    </message>
    <message>
        <source>never on metformin</source>
        <translation>nunca usou metformina</translation>
    </message>
    <message>
        <source>{slope} {unit}/year (95% CI {low} to {high})</source>
        <translation>{slope} {unit}/ano (IC 95% {low} a {high})</translation>
    </message>
    <message>
        <source>Slope on metformin</source>
        <translation>Inclinação em metformina</translation>
    </message>
    <message>
        <source>Mean before / after</source>
        <translation>Média antes / depois</translation>
    </message>
    <message>
        <source>{before} / {after} {unit}</source>
        <translation>{before} / {after} {unit}</translation>
    </message>
    <message>
        <source>Below threshold</source>
        <translation>Abaixo do limiar</translation>
    </message>
    <message>
        <source>Projected crossing</source>
        <translation>Cruzamento projetado</translation>
    </message>
    <message>
        <source>▼ FALLING</source>
        <translation>▼ EM QUEDA</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desligado</translation>
    </message>
    <message>
        <source>Falling alert</source>
        <translation>Alerta de queda</translation>
    </message>
    <message>
        <source>Re-test due</source>
        <translation>Nova dosagem prevista</translation>
    </message>
    <message>
        <source>SYNTHETIC</source>
        <translation>FICTÍCIO</translation>
    </message>
    <message>
        <source>Synthetic demo patient, not a real person</source>
        <translation>Paciente de demonstração fictício, não uma pessoa real</translation>
    </message>
    <message>
        <source>A synthetic demo patient, not a real person: generated by mgdesk&apos;s demo clinic to show how it works.</source>
        <translation>Paciente de demonstração fictício, não uma pessoa real: gerado pela clínica de demonstração do mgdesk para mostrar como ele funciona.</translation>
    </message>
    <message>
        <source>Magnesium unit</source>
        <translation>Unidade de magnésio</translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation>Eixo do tempo</translation>
    </message>
    <message>
        <source>Calendar date</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <source>Cumulative months on metformin</source>
        <translation>Meses acumulados em metformina</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidade</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>No patient selected.</source>
        <translation>Nenhum paciente selecionado.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export the plot, write the patient report (PDF) or print it</source>
        <translation>Exportar o gráfico, gerar o relatório do paciente (PDF) ou imprimi-lo</translation>
    </message>
    <message>
        <source>Plot as PNG image…</source>
        <translation>Gráfico como imagem PNG…</translation>
    </message>
    <message>
        <source>Plot as SVG drawing…</source>
        <translation>Gráfico como desenho SVG…</translation>
    </message>
    <message>
        <source>Plot as PDF…</source>
        <translation>Gráfico como PDF…</translation>
    </message>
    <message>
        <source>Patient &amp;report (PDF)…</source>
        <translation>&amp;Relatório do paciente (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print patient report…</source>
        <translation>Im&amp;primir relatório do paciente…</translation>
    </message>
    <message>
        <source>No patient is shown.</source>
        <translation>Nenhum paciente exibido.</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>Save patient report</source>
        <translation>Salvar relatório do paciente</translation>
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
        <translation>Outro antidiabético</translation>
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
        <translation>Outro</translation>
    </message>
    <message>
        <source>{drug} {dose} mg/day</source>
        <translation>{drug} {dose} mg/dia</translation>
    </message>
    <message>
        <source>Magnesium trend plot</source>
        <translation>Gráfico de tendência do magnésio</translation>
    </message>
    <message>
        <source>metformin started</source>
        <translation>início da metformina</translation>
    </message>
    <message>
        <source>Cumulative months on metformin (time off not counted)</source>
        <translation>Meses acumulados em uso de metformina (pausas não contadas)</translation>
    </message>
    <message>
        <source>Serum Mg ({unit})</source>
        <translation>Mg sérico ({unit})</translation>
    </message>
    <message>
        <source>hypomagnesemia below {value}</source>
        <translation>hipomagnesemia abaixo de {value}</translation>
    </message>
    <message>
        <source>As written: {written}</source>
        <translation>Como escrito: {written}</translation>
    </message>
    <message>
        <source>= {value} {unit}</source>
        <translation>= {value} {unit}</translation>
    </message>
    <message>
        <source>{words}, borderline (its precision cannot tell the side of a band edge)</source>
        <translation>{words}, limítrofe (sua precisão não permite saber de que lado de um limite de faixa está)</translation>
    </message>
    <message>
        <source>Off metformin (after {months} cumulative months on it): not in the fit</source>
        <translation>Sem metformina (após {months} meses acumulados em uso): fora do ajuste</translation>
    </message>
    <message>
        <source>{months} cumulative months on metformin</source>
        <translation>{months} meses acumulados em metformina</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nenhum registrado</translation>
    </message>
    <message>
        <source>Taking: {medications}</source>
        <translation>Em uso: {medications}</translation>
    </message>
    <message>
        <source>No medication</source>
        <translation>Nenhuma medicação</translation>
    </message>
    <message>
        <source>critical low</source>
        <translation>criticamente baixo</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixo</translation>
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
        <translation>criticamente alto</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Review the latest result of {id}</source>
        <translation>Revisar o resultado mais recente de {id}</translation>
    </message>
    <message>
        <source>Add patient {id}</source>
        <translation>Adicionar paciente {id}</translation>
    </message>
    <message>
        <source>Edit patient {id}</source>
        <translation>Editar paciente {id}</translation>
    </message>
    <message>
        <source>Delete patient {id}</source>
        <translation>Excluir paciente {id}</translation>
    </message>
    <message>
        <source>Add {drug}</source>
        <translation>Adicionar {drug}</translation>
    </message>
    <message>
        <source>Edit {drug}</source>
        <translation>Editar {drug}</translation>
    </message>
    <message>
        <source>Delete {drug}</source>
        <translation>Excluir {drug}</translation>
    </message>
    <message>
        <source>Add result {value} {unit}</source>
        <translation>Adicionar resultado {value} {unit}</translation>
    </message>
    <message>
        <source>Edit result of {date}</source>
        <translation>Editar resultado de {date}</translation>
    </message>
    <message>
        <source>Delete result of {date}</source>
        <translation>Excluir resultado de {date}</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source>{shown} (clinic threshold; literature {literature} mmol/L)</source>
        <translation>{shown} (limiar da clínica; literatura {literature} mmol/L)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mês</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n ano</numerusform>
            <numerusform>%n anos</numerusform>
        </translation>
    </message>
</context>
</TS>
