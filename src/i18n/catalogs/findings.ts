/**
 * Messages of the findings area. fi is the source of truth; sv and en must give every key
 * (the compiler says which is missing). Placeholders are {name}.
 *
 * Every message names where the problem is (unit, line, column as the workbook labels them)
 * and the figures involved, so that a controller can act on it without opening a manual.
 * Euro figures arrive as numbers in euros; t() formats them for the language.
 */
import type { MappingFindingMessageId } from './mapping';

export const fi = {
  'finding.table-not-found':
    'Välilehdeltä {sheet} ei tunnistettu talousarviotaulukkoa: otsikkoriviltä ei löytynyt lukusarakkeita kuten TA, KS+LTA:t, TOT tai ENN.',
  'finding.far-cells':
    'Välilehdellä {sheet} on arvo ”{value}” solussa, joka on kaukana muista soluista, eikä sitä lueta (kaukaisia soluja: {count}; luetut solut päättyvät soluun {end}). Jos se kuuluu talousarvioon, siirrä se taulukon viereen, muuten tyhjennä se.',
  'finding.layout-unclear.repeated-column':
    'Sarake {column} toistaa sarakkeen {first} lajin ja vuoden, eikä niiden välissä ole omaa rivinimisaraketta: ei voida päätellä, minkä yksikön lukuja se sisältää. Vain sarake {first} luetaan; erota taulukot tai nimeä sarakkeet.',
  'finding.chain-mismatch.vertical':
    '{line} ({unit}): yhteensä {actual} € ei vastaa alkuperäistä talousarviota ja sen {count} muutosta, {expected} €; sallittu ero {tolerance} €.',
  'finding.column-missing.plan':
    'Taulukosta {range} puuttuu suunnitelmasarake (KS+LTA:t, TA+LTA:t, KS tai TA), joten poikkeamia ei voi laskea.',
  'finding.column-missing.plan-in-force':
    'Taulukosta {range} puuttuvat voimassa olevat sarakkeet KS+LTA:t ja TA+LTA:t; poikkeamat lasketaan sarakkeesta {used}.',
  'finding.column-missing.forecast':
    'Taulukosta {range} puuttuu ennustesarake (ENN) eikä siinä ole koko vuoden toteumaa (TOT 1-12), joten poikkeamia ei voi laskea.',
  'finding.column-missing.budget':
    'Taulukosta {range} puuttuu talousarviosarake (TA+LTA:t tai TA), joten sitovuustason ylitystä ei voi tarkistaa.',
  'finding.type-error.number-as-text':
    'Luku on kirjoitettu tekstinä ”{text}” ({unit}, {line}, {column}); se luettiin luvuksi {value}. Kaavat eivät laske tekstiä mukaan: kirjoita se numerona.',
  'finding.type-error.not-a-number': 'Solussa on teksti ”{text}”, joka ei ole luku ({unit}, {line}, {column}).',
  'finding.type-error.date':
    'Lukusolussa on päivämäärä {text} ({unit}, {line}, {column}); sitä ei lasketa summiin. Kirjoita luku tai poista päivämäärämuotoilu.',
  'finding.type-error.boolean':
    'Lukusolussa on totuusarvo {text} ({unit}, {line}, {column}); sitä ei lasketa summiin. Kirjoita luku.',
  'finding.type-error.binding-marker':
    'Sitovuussarakkeen {column} arvo ”{text}” ({unit}) ei ole B tai N (brutto tai netto), joten yksikön sitovuustaso otettiin asetuksista tai oletuksista.',
  'finding.error-value':
    'Solussa on Excelin virhearvo {value} ({unit}, {line}, {column}); luku puuttuu ja siihen viittaavat summat ovat virheellisiä.',
  'finding.missing-value': 'Luku puuttuu: {unit}, {line}, sarake {column}; rivin muissa sarakkeissa on lukuja.',
  'finding.missing-value.uncalculated':
    'Taulukon {count} kaavalla ei ole laskettua tulosta (tiedosto on tallennettu laskematta), joten niitä ei voi tarkistaa. Avaa ja tallenna tiedosto Excelissä.',
  'finding.duplicate-row':
    'Rivi {line} yksikölle {unit} on taulukossa toiseen kertaan (ensimmäinen rivillä {first}); se voi tulla lasketuksi kahdesti.',
  'finding.total-mismatch.margin':
    'Toimintakate {actual} € ({unit}, {column}) ei vastaa laskettua arvoa {expected} € (tuotot − kulut + valmistus omaan käyttöön); sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun summa).',
  'finding.total-mismatch.expenses':
    '{line} {actual} € ({unit}, {column}) ei vastaa alarivien summaa {expected} €; sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun summa).',
  'finding.rollup-mismatch':
    '{line} {actual} € ({unit}, {column}) ei vastaa alayksiköiden ({children} kpl) summaa {expected} €; sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun summa).',
  'finding.chain-mismatch.current-budget':
    'TA+LTA:t {actual} € ({unit}, {line}) ei vastaa summaa TA + LTA:t = {expected} €; sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun summa).',
  'finding.chain-mismatch.variance':
    '{column} {actual} € ({unit}, {line}) ei vastaa erotusta {forecastColumn} − {planColumn} = {expected} € (kulut etumerkittä), jota taulukon muut poikkeamat noudattavat; sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun erotus).',
  'finding.chain-mismatch.variance-reversed':
    'Sarake {column} on laskettu joka rivillä toisin päin, {planColumn} − {forecastColumn} ({count} riviä). Poikkeama on {forecastColumn} − {planColumn}: negatiivinen kate- tai tuottopoikkeama on heikennys, negatiivinen kulupoikkeama säästö.',
  'finding.chain-mismatch.variance-reversed-row':
    '{column} {actual} € ({unit}, {line}) ei vastaa erotusta {planColumn} − {forecastColumn} = {expected} €, jota taulukon muut poikkeamat noudattavat; sallittu pyöristysero {tolerance} € ({operands} pyöristetyn luvun erotus).',
  'finding.sign-inconsistent.negative':
    'Kulu {value} € ({unit}, {line}, {column}) on negatiivinen, vaikka taulukon muut kulut ({count} solua) on kirjoitettu positiivisina.',
  'finding.sign-inconsistent.positive':
    'Kulu {value} € ({unit}, {line}, {column}) on positiivinen, vaikka taulukon muut kulut ({count} solua) on kirjoitettu negatiivisina.',
  'finding.sign-inconsistent.columns':
    'Sarakkeessa {column} kulut ovat negatiivisia, sarakkeessa {otherColumn} etumerkittömiä ({unit}, {line}: {value} € ja {otherValue} €). Taulukko noudattaa sekaetumerkkistä tapaa: kuluja verrataan suuruutensa mukaan. Yhtenäistä etumerkit, ettei lukija erehdy.',
  'finding.hardcoded-total':
    'Summa {value} € ({unit}, {line}, {column}) on kirjoitettu lukuna, vaikka vastaavat summat ovat kaavoja; se ei päivity, kun rivit muuttuvat.',
  'finding.binding-overrun.margin':
    'Määrärahan ylitys (nettositovuus, toimintakate): {unit}, {column} {forecast} € on {overrun} € heikompi kuin talousarvio {budget} € ({budgetColumn}). Ylitys vaatii valtuuston hyväksynnän.',
  'finding.binding-overrun.expenses':
    'Määrärahan ylitys (bruttositovuus): {unit}, toimintakulut {column} {forecast} € ylittävät määrärahan {budget} € ({budgetColumn}) {overrun} eurolla. Ylitys vaatii valtuuston hyväksynnän.',
  'finding.binding-overrun.income':
    'Tuloarvion alitus (bruttositovuus): {unit}, toimintatuotot {column} {forecast} € jäävät {overrun} € alle tuloarvion {budget} € ({budgetColumn}). Alitus on selvitettävä valtuustolle.',
  'finding.binding-unit-not-found':
    'Asetuksissa sitovaksi nimettyä yksikköä ”{unit}” ei löydy taulukoista, joten sen sitovuustasoa ei tarkistettu. Tarkista yksikön nimi tai koodi.',
  'finding.binding-unit-not-found.command-line':
    'Valinnalla --binding-units sitovaksi nimettyä yksikköä ”{unit}” ei löydy taulukoista, joten sen sitovuustasoa ei tarkistettu. Tarkista yksikön nimi tai koodi.',
  'finding.status-invalid':
    'Toimenpiteen ”{measure}” tila ”{value}” ei ole tunnettu tila. Käytä: toteutui (vihreä), osittain (keltainen) tai ei toteutunut (punainen).',
  'direction.favourable': 'suotuisa',
  'direction.unfavourable': 'epäsuotuisa',
  'direction.on-plan': 'suunnitelman mukainen',
  'status.green': 'vihreä',
  'status.yellow': 'keltainen',
  'status.red': 'punainen',
  'severity.error': 'Virheet',
  'severity.warning': 'Varoitukset',
  'severity.info': 'Huomiot',
} as const;

type Key = keyof typeof fi;

export const sv: Record<Key, string> = {
  'finding.table-not-found':
    'Ingen budgettabell kändes igen på bladet {sheet}: rubrikraden har inga sifferkolumner som TA, KS+LTA:t, TOT eller ENN.',
  'finding.far-cells':
    'Bladet {sheet} har värdet ”{value}” i en cell långt från de andra cellerna, och den läses inte (avlägsna celler: {count}; de lästa cellerna slutar i {end}). Om den hör till budgeten, flytta den intill tabellen, annars töm den.',
  'finding.layout-unclear.repeated-column':
    'Kolumnen {column} upprepar slaget och året för kolumnen {first}, och mellan dem finns ingen egen kolumn med radnamn: det går inte att avgöra vilken enhets tal den har. Endast kolumnen {first} läses; skilj tabellerna åt eller namnge kolumnerna.',
  'finding.chain-mismatch.vertical':
    '{line} ({unit}): totalt {actual} € motsvarar inte den ursprungliga budgeten och dess {count} ändringar, {expected} €; tillåten skillnad {tolerance} €.',
  'finding.column-missing.plan':
    'Tabellen {range} saknar en plankolumn (KS+LTA:t, TA+LTA:t, KS eller TA), så avvikelserna kan inte beräknas.',
  'finding.column-missing.plan-in-force':
    'Tabellen {range} saknar kolumnerna för gällande plan och budget (KS+LTA:t, TA+LTA:t); avvikelserna beräknas mot kolumnen {used}.',
  'finding.column-missing.forecast':
    'Tabellen {range} saknar en prognoskolumn (ENN) och har inget utfall för hela året (TOT 1-12), så avvikelserna kan inte beräknas.',
  'finding.column-missing.budget':
    'Tabellen {range} saknar en budgetkolumn (TA+LTA:t eller TA), så överskridning av bindningsnivån kan inte kontrolleras.',
  'finding.type-error.number-as-text':
    'Talet är skrivet som text ”{text}” ({unit}, {line}, {column}); det lästes som {value}. Formler räknar inte med text: skriv det som ett tal.',
  'finding.type-error.not-a-number':
    'Cellen innehåller texten ”{text}”, som inte är ett tal ({unit}, {line}, {column}).',
  'finding.type-error.date':
    'Talcellen innehåller datumet {text} ({unit}, {line}, {column}); det räknas inte in i summorna. Skriv ett tal eller ta bort datumformatet.',
  'finding.type-error.boolean':
    'Talcellen innehåller sanningsvärdet {text} ({unit}, {line}, {column}); det räknas inte in i summorna. Skriv ett tal.',
  'finding.type-error.binding-marker':
    'Värdet ”{text}” i bindningskolumnen {column} ({unit}) är varken B eller N (brutto eller netto), så enhetens bindningsnivå togs från inställningarna eller standardvärdena.',
  'finding.error-value':
    'Cellen innehåller Excels felvärde {value} ({unit}, {line}, {column}); talet saknas och summor som hänvisar till det är felaktiga.',
  'finding.missing-value': 'Ett tal saknas: {unit}, {line}, kolumnen {column}; radens övriga kolumner har tal.',
  'finding.missing-value.uncalculated':
    'Tabellens {count} formler har inget beräknat resultat (filen sparades utan beräkning), så de kan inte kontrolleras. Öppna och spara filen i Excel.',
  'finding.duplicate-row':
    'Raden {line} för enheten {unit} förekommer en andra gång (första gången på rad {first}); den kan räknas två gånger.',
  'finding.total-mismatch.margin':
    'Verksamhetsbidraget {actual} € ({unit}, {column}) motsvarar inte det beräknade värdet {expected} € (intäkter − kostnader + tillverkning för eget bruk); tillåten avrundningsskillnad {tolerance} € (summa av {operands} avrundade tal).',
  'finding.total-mismatch.expenses':
    '{line} {actual} € ({unit}, {column}) motsvarar inte summan av underraderna {expected} €; tillåten avrundningsskillnad {tolerance} € (summa av {operands} avrundade tal).',
  'finding.rollup-mismatch':
    '{line} {actual} € ({unit}, {column}) motsvarar inte summan av underenheterna ({children} st.) {expected} €; tillåten avrundningsskillnad {tolerance} € (summa av {operands} avrundade tal).',
  'finding.chain-mismatch.current-budget':
    'TA+LTA:t {actual} € ({unit}, {line}) motsvarar inte summan TA + LTA:t = {expected} €; tillåten avrundningsskillnad {tolerance} € (summa av {operands} avrundade tal).',
  'finding.chain-mismatch.variance':
    '{column} {actual} € ({unit}, {line}) motsvarar inte skillnaden {forecastColumn} − {planColumn} = {expected} € (kostnader utan förtecken), som tabellens övriga avvikelser följer; tillåten avrundningsskillnad {tolerance} € (skillnad mellan {operands} avrundade tal).',
  'finding.chain-mismatch.variance-reversed':
    'Kolumnen {column} är beräknad åt andra hållet på varje rad, {planColumn} − {forecastColumn} ({count} rader). Avvikelsen är {forecastColumn} − {planColumn}: en negativ avvikelse i bidrag eller intäkter är en försämring, en negativ kostnadsavvikelse en besparing.',
  'finding.chain-mismatch.variance-reversed-row':
    '{column} {actual} € ({unit}, {line}) motsvarar inte skillnaden {planColumn} − {forecastColumn} = {expected} €, som tabellens övriga avvikelser följer; tillåten avrundningsskillnad {tolerance} € (skillnad mellan {operands} avrundade tal).',
  'finding.sign-inconsistent.negative':
    'Kostnaden {value} € ({unit}, {line}, {column}) är negativ, fast tabellens övriga kostnader ({count} celler) är skrivna som positiva tal.',
  'finding.sign-inconsistent.positive':
    'Kostnaden {value} € ({unit}, {line}, {column}) är positiv, fast tabellens övriga kostnader ({count} celler) är skrivna som negativa tal.',
  'finding.sign-inconsistent.columns':
    'I kolumnen {column} är kostnaderna negativa, i kolumnen {otherColumn} utan förtecken ({unit}, {line}: {value} € och {otherValue} €). Tabellen följer ett blandat sätt: kostnaderna jämförs efter storlek. Gör förtecknen enhetliga så att läsaren inte misstar sig.',
  'finding.hardcoded-total':
    'Summan {value} € ({unit}, {line}, {column}) är inskriven som ett tal fast motsvarande summor är formler; den uppdateras inte när raderna ändras.',
  'finding.binding-overrun.margin':
    'Anslagsöverskridning (nettobindning, verksamhetsbidrag): {unit}, {column} {forecast} € är {overrun} € sämre än budgeten {budget} € ({budgetColumn}). Överskridningen kräver fullmäktiges godkännande.',
  'finding.binding-overrun.expenses':
    'Anslagsöverskridning (bruttobindning): {unit}, verksamhetskostnaderna {column} {forecast} € överskrider anslaget {budget} € ({budgetColumn}) med {overrun} €. Överskridningen kräver fullmäktiges godkännande.',
  'finding.binding-overrun.income':
    'Underskridning av inkomstberäkningen (bruttobindning): {unit}, verksamhetsintäkterna {column} {forecast} € är {overrun} € lägre än inkomstberäkningen {budget} € ({budgetColumn}). Underskridningen ska förklaras för fullmäktige.',
  'finding.binding-unit-not-found':
    'Enheten ”{unit}”, som inställningarna anger som bindande, finns inte i tabellerna, så dess bindningsnivå kontrollerades inte. Kontrollera enhetens namn eller kod.',
  'finding.binding-unit-not-found.command-line':
    'Enheten ”{unit}”, som --binding-units anger som bindande, finns inte i tabellerna, så dess bindningsnivå kontrollerades inte. Kontrollera enhetens namn eller kod.',
  'finding.status-invalid':
    'Status ”{value}” för åtgärden ”{measure}” är inte en känd status. Använd: uppnådd (grön), delvis (gul) eller inte uppnådd (röd).',
  'direction.favourable': 'gynnsam',
  'direction.unfavourable': 'ogynnsam',
  'direction.on-plan': 'enligt plan',
  'status.green': 'grön',
  'status.yellow': 'gul',
  'status.red': 'röd',
  'severity.error': 'Fel',
  'severity.warning': 'Varningar',
  'severity.info': 'Observationer',
};

export const en: Record<Key, string> = {
  'finding.table-not-found':
    'No budget table was recognised on sheet {sheet}: no header row names figure columns such as TA, KS+LTA:t, TOT or ENN.',
  'finding.far-cells':
    'Sheet {sheet} holds “{value}” in a cell far from its other cells, which is not read (far cells: {count}; the cells read end at {end}). If it belongs to the budget, move it next to the table; otherwise clear it.',
  'finding.layout-unclear.repeated-column':
    'Column {column} repeats the kind and year of column {first} with no label column of its own between them: which unit its figures belong to cannot be told. Only column {first} is read; separate the tables or name the columns.',
  'finding.chain-mismatch.vertical':
    '{line} ({unit}): the total {actual} € does not equal the original budget and its {count} changes, {expected} €; tolerance {tolerance} €.',
  'finding.column-missing.plan':
    'Table {range} has no plan column (KS+LTA:t, TA+LTA:t, KS or TA), so deviations cannot be computed.',
  'finding.column-missing.plan-in-force':
    'Table {range} has neither the current operating plan (KS+LTA:t) nor the current budget (TA+LTA:t); deviations are computed against column {used}.',
  'finding.column-missing.forecast':
    'Table {range} has no forecast column (ENN) and no full-year actual (TOT 1-12), so deviations cannot be computed.',
  'finding.column-missing.budget':
    'Table {range} has no budget column (TA+LTA:t or TA), so the binding level cannot be checked.',
  'finding.type-error.number-as-text':
    'A number is written as text “{text}” ({unit}, {line}, {column}); it was read as {value}. Formulas do not count text: enter it as a number.',
  'finding.type-error.not-a-number':
    'The cell holds the text “{text}”, which is not a number ({unit}, {line}, {column}).',
  'finding.type-error.date':
    'A figure cell holds the date {text} ({unit}, {line}, {column}); it is not counted in any sum. Enter a number, or remove the date format.',
  'finding.type-error.boolean':
    'A figure cell holds the truth value {text} ({unit}, {line}, {column}); it is not counted in any sum. Enter a number.',
  'finding.type-error.binding-marker':
    'The value “{text}” in the binding column {column} ({unit}) is neither B nor N (gross or net), so the unit’s binding level was taken from the settings or the defaults.',
  'finding.error-value':
    'The cell holds the Excel error value {value} ({unit}, {line}, {column}); the figure is missing and totals referring to it are wrong.',
  'finding.missing-value':
    'A figure is missing: {unit}, {line}, column {column}; the row has figures in other columns.',
  'finding.missing-value.uncalculated':
    '{count} formulas of the table have no calculated result (the file was saved without calculating), so they cannot be checked. Open and save the file in Excel.',
  'finding.duplicate-row':
    'The line {line} of unit {unit} appears a second time (first on row {first}); it may be counted twice.',
  'finding.total-mismatch.margin':
    'Operating margin {actual} € ({unit}, {column}) does not equal the computed {expected} € (income − expenses + own-account production); rounding tolerance {tolerance} € (a sum of {operands} rounded figures).',
  'finding.total-mismatch.expenses':
    '{line} {actual} € ({unit}, {column}) does not equal the sum of its sub-lines, {expected} €; rounding tolerance {tolerance} € (a sum of {operands} rounded figures).',
  'finding.rollup-mismatch':
    '{line} {actual} € ({unit}, {column}) does not equal the sum of its {children} sub-units, {expected} €; rounding tolerance {tolerance} € (a sum of {operands} rounded figures).',
  'finding.chain-mismatch.current-budget':
    'TA+LTA:t {actual} € ({unit}, {line}) does not equal TA + LTA:t = {expected} €; rounding tolerance {tolerance} € (a sum of {operands} rounded figures).',
  'finding.chain-mismatch.variance':
    '{column} {actual} € ({unit}, {line}) does not equal {forecastColumn} − {planColumn} = {expected} € (costs unsigned), which the table’s other deviations follow; rounding tolerance {tolerance} € (a difference of {operands} rounded figures).',
  'finding.chain-mismatch.variance-reversed':
    'Column {column} is computed the other way round in every row, {planColumn} − {forecastColumn} ({count} rows). The variance is {forecastColumn} − {planColumn}: a negative margin or income variance is a shortfall, a negative cost variance a saving.',
  'finding.chain-mismatch.variance-reversed-row':
    '{column} {actual} € ({unit}, {line}) does not equal {planColumn} − {forecastColumn} = {expected} €, which the table’s other deviations follow; rounding tolerance {tolerance} € (a difference of {operands} rounded figures).',
  'finding.sign-inconsistent.negative':
    'The cost {value} € ({unit}, {line}, {column}) is negative while the table’s other costs ({count} cells) are written as positive numbers.',
  'finding.sign-inconsistent.positive':
    'The cost {value} € ({unit}, {line}, {column}) is positive while the table’s other costs ({count} cells) are written as negative numbers.',
  'finding.sign-inconsistent.columns':
    'Column {column} writes costs negative, column {otherColumn} unsigned ({unit}, {line}: {value} € and {otherValue} €). The table mixes signs: costs are compared by their size. Make the signs consistent so that no reader is misled.',
  'finding.hardcoded-total':
    'The total {value} € ({unit}, {line}, {column}) is typed in as a number while the corresponding totals are formulas; it will not update when the lines change.',
  'finding.binding-overrun.margin':
    'Appropriation overrun (net binding, operating margin): {unit}, {column} {forecast} € is {overrun} € worse than the budget {budget} € ({budgetColumn}). The overrun needs the council’s approval.',
  'finding.binding-overrun.expenses':
    'Appropriation overrun (gross binding): {unit}, operating expenses {column} {forecast} € exceed the appropriation {budget} € ({budgetColumn}) by {overrun} €. The overrun needs the council’s approval.',
  'finding.binding-overrun.income':
    'Revenue shortfall (gross binding): {unit}, operating income {column} {forecast} € falls {overrun} € short of the revenue estimate {budget} € ({budgetColumn}). The shortfall must be explained to the council.',
  'finding.binding-unit-not-found':
    'The unit “{unit}” that the settings name as binding is in no table, so its binding level was not checked. Check the unit’s name or code.',
  'finding.binding-unit-not-found.command-line':
    'The unit “{unit}” that --binding-units names as binding is in no table, so its binding level was not checked. Check the unit’s name or code.',
  'finding.status-invalid':
    'The status “{value}” of the measure “{measure}” is not a known status. Use: achieved (green), partly (yellow) or not achieved (red).',
  'direction.favourable': 'favourable',
  'direction.unfavourable': 'unfavourable',
  'direction.on-plan': 'on plan',
  'status.green': 'green',
  'status.yellow': 'yellow',
  'status.red': 'red',
  'severity.error': 'Errors',
  'severity.warning': 'Warnings',
  'severity.info': 'Notes',
};

export type FindingMessageId = Extract<Key, `finding.${string}`> | MappingFindingMessageId;
