import { strategyOf } from '../helpers/strategy';
import { sheet, workbook } from '../recognize/sheet-builder';

describe('strategic measures table', () => {
  it('takes goals from goal heading rows, skips a colour legend, and counts statuses per goal and in total', () => {
    const snapshot = workbook(
      sheet([['Talous'], ['Rivi', 'TA'], ['Toimintakate', 1]], { name: 'Talous' }),
      sheet(
        [
          ['Kärkihankkeiden toteumat 2024'],
          ['Toimenpiteet', 'Lähtö / Tavoitetaso', 'Mittari', 'Tila'],
          ['Hiilineutraali Lahti'],
          ['Yritysyhteistyö ilmasto- ja luontotavoitteissa', 'Taso 2023', 'Yritysten määrä', 'Tavoitteet toteutuivat'],
          [null, 'jatkuu…', null, null],
          ['Kiertotalous', 'Taso 2023', 'Tonnia', 'Tavoitteiden toteutuivat osittain'],
          ['Osaava Lahti'],
          ['Yrityskylä', 'Taso 2023', 'Vierailut', 'vihreä'],
          ['Opiskelijakaupunki', 'Taso 2023', 'Opiskelijat', 'E'],
          [],
          ['Tavoitteet toteutuivat'],
          ['Tavoitteiden toteutuivat osittain'],
          ['Lähde: toimialojen raportit'],
        ],
        { name: 'Strategia' },
      ),
    );
    const { strategy, findings } = strategyOf(snapshot);
    expect(findings).toEqual([]);
    // The colour legend and the note under the table are neither goals nor measures.
    expect(strategy).toMatchObject({ sheet: 'Strategia', range: 'A2:D9', goals: ['Hiilineutraali Lahti', 'Osaava Lahti'] });
    expect(strategy?.measures.map((m) => [m.goal, m.name, m.status, m.raw, m.cell])).toEqual([
      ['Hiilineutraali Lahti', 'Yritysyhteistyö ilmasto- ja luontotavoitteissa', 'achieved', 'Tavoitteet toteutuivat', 'D4'],
      ['Hiilineutraali Lahti', 'Kiertotalous', 'partly', 'Tavoitteiden toteutuivat osittain', 'D6'],
      ['Osaava Lahti', 'Yrityskylä', 'achieved', 'vihreä', 'D8'],
      ['Osaava Lahti', 'Opiskelijakaupunki', 'not-achieved', 'E', 'D9'],
    ]);
    expect(strategy?.counts).toEqual({
      'Hiilineutraali Lahti': { green: 1, yellow: 1, red: 0 },
      'Osaava Lahti': { green: 1, yellow: 0, red: 1 },
    });
    expect(strategy?.total).toEqual({ green: 2, yellow: 1, red: 1 });
  });

  it('takes goals from a goal column, in Swedish', () => {
    const { strategy } = strategyOf(
      workbook(
        sheet([
          ['Mål', 'Åtgärd', 'Status'],
          ['Kolneutralt Lahtis', 'Företagssamarbete', 'uppnåddes'],
          [null, 'Cirkulär ekonomi', 'delvis'],
          ['Kunniga Lahtis', 'Yrkesbyn', 'röd'],
        ]),
      ),
    );
    expect(strategy?.goals).toEqual(['Kolneutralt Lahtis', 'Kunniga Lahtis']);
    expect(strategy?.counts).toEqual({
      'Kolneutralt Lahtis': { green: 1, yellow: 1, red: 0 },
      'Kunniga Lahtis': { green: 0, yellow: 0, red: 1 },
    });
  });

  it('takes goals from a goal column, in English, and names the sheet when there is no goal at all', () => {
    const withGoals = strategyOf(workbook(sheet([['Goal', 'Measure', 'Status'], ['Carbon neutral', 'Climate deals', 'green']])));
    expect(withGoals.strategy?.counts).toEqual({ 'Carbon neutral': { green: 1, yellow: 0, red: 0 } });
    const withoutGoals = strategyOf(workbook(sheet([['Measure', 'Target', 'Status'], ['Climate deals', '10', 'amber']], { name: 'Measures' })));
    expect(withoutGoals.strategy?.counts).toEqual({ Measures: { green: 0, yellow: 1, red: 0 } });
  });

  it('reads the status from the fill of an empty status cell', () => {
    const { strategy, findings } = strategyOf(
      workbook(
        sheet(
          [
            ['Tavoite', 'Toimenpide', 'Tila'],
            ['Elävä Lahti', 'Tapahtumat', null],
            [null, 'Liikuntapaikat', null],
            [null, 'Kulttuuri', ''],
          ],
          { fills: [[], [null, null, '#C6EFCE'], [null, null, '#FF0000'], [null, null, '#FFEB9C']] },
        ),
      ),
    );
    expect(findings).toEqual([]);
    expect(strategy?.measures.map((m) => [m.status, m.raw])).toEqual([
      ['achieved', '#C6EFCE'],
      ['not-achieved', '#FF0000'],
      ['partly', '#FFEB9C'],
    ]);
  });

  it('reports a status it cannot read, and an empty status, as status-invalid errors at the status cell', () => {
    const { strategy, findings } = strategyOf(
      workbook(
        sheet(
          [
            ['Tavoite', 'Toimenpide', 'Mittari', 'Tila'],
            ['Hyvinvoiva Lahti', 'Liikuntaneuvonta', 'Asiakkaat', 'kesken'],
            [null, 'Lähiliikunta', 'Paikat', null],
            [null, 'Uimahalli', 'Käynnit', 'ok'],
          ],
          { name: 'Kärkihankkeet', fills: [[], [], [], [null, null, null, '#FFFFFF']] },
        ),
      ),
    );
    expect(findings).toEqual([
      {
        code: 'status-invalid',
        severity: 'error',
        sheet: 'Kärkihankkeet',
        cell: 'D2',
        messageId: 'finding.status-invalid',
        data: { value: 'kesken', measure: 'Liikuntaneuvonta' },
      },
      {
        code: 'status-invalid',
        severity: 'error',
        sheet: 'Kärkihankkeet',
        cell: 'D3',
        messageId: 'finding.status-invalid',
        data: { value: '', measure: 'Lähiliikunta' },
      },
      {
        code: 'status-invalid',
        severity: 'error',
        sheet: 'Kärkihankkeet',
        cell: 'D4',
        messageId: 'finding.status-invalid',
        data: { value: 'ok', measure: 'Uimahalli' },
      },
    ]);
    expect(strategy?.measures.map((m) => m.status)).toEqual([null, null, null]);
    expect(strategy?.total).toEqual({ green: 0, yellow: 0, red: 0 });
    expect(strategy?.counts).toEqual({ 'Hyvinvoiva Lahti': { green: 0, yellow: 0, red: 0 } });
  });

  it.each([
    ['Toimenpide', 'Tilanne'],
    ['Toimenpiteet', 'Status'],
    ['Åtgärder', 'Läge'],
    ['Measures', 'Status'],
    ['TOIMENPITEET', 'Tila (V/K/P)'],
  ])('recognises the header %j / %j', (measure, status) => {
    const { strategy } = strategyOf(workbook(sheet([[measure, status], ['Hanke', 'V']])));
    expect(strategy?.measures).toHaveLength(1);
  });

  it('finds the status in a column without a header, as the seed paints it', () => {
    const { strategy, findings } = strategyOf(
      workbook(
        sheet(
          [
            ['TOIMENPITEET', 'LÄHTÖ / TAVOITETASO', 'MITTARI', null],
            ['Hiilineutraali Lahti'],
            ['Kestävä liikkuminen', 'Ohjelma', 'kyllä/ei', null],
            ['Kestävä energia', 'Osuus kasvaa', 'CO2e', 'osittain'],
            ['Luontoaskel', 'Ohjelma', 'kpl', 'ehkä'],
          ],
          { fills: [[], [], [null, null, null, '#C6EFCE']] },
        ),
      ),
    );
    expect(strategy?.measures.map((m) => [m.name, m.status, m.cell])).toEqual([
      ['Kestävä liikkuminen', 'achieved', 'D3'],
      ['Kestävä energia', 'partly', 'D4'],
      ['Luontoaskel', null, 'D5'],
    ]);
    expect(strategy?.range).toBe('A1:D5');
    expect(findings.map((f) => [f.cell, f.data.value])).toEqual([['D5', 'ehkä']]);
  });

  it('reads the seed’s shape: a goal over each table, a colour legend, the header repeated per goal', () => {
    const { strategy, findings } = strategyOf(
      workbook(
        sheet([
          ['Hiilineutraali Lahti'],
          ['Tavoitteet toteutuivat'],
          ['Tavoitteiden toteutuivat osittain'],
          ['Tavoitteet eivät toteutuneet'],
          ['TOIMENPITEET', 'MITTARI', 'TILA'],
          ['Kestävä liikkuminen', 'kyllä/ei', 'Tavoitteet toteutuivat'],
          ['Osaava Lahti'],
          ['Tavoitteet toteutuivat'],
          ['TOIMENPITEET', 'MITTARI', 'TILA'],
          ['Opiskelukaupunki', 'kyllä/ei', 'Tavoitteiden toteutuivat osittain'],
        ]),
      ),
    );
    expect(findings).toEqual([]);
    expect(strategy?.measures.map((m) => [m.goal, m.name, m.status])).toEqual([
      ['Hiilineutraali Lahti', 'Kestävä liikkuminen', 'achieved'],
      ['Osaava Lahti', 'Opiskelukaupunki', 'partly'],
    ]);
  });

  it('finds a measures table below a long budget table on the same sheet', () => {
    const budget = Array.from({ length: 60 }, (_, i) => [`Yksikkö ${i}`, 'Toimintakate', -i, -i]);
    const { strategy } = strategyOf(
      workbook(sheet([['Yksikkö', 'Rivi', 'TA', 'ENN'], ...budget, [], ['Toimenpide', 'Tila'], ['Hanke', 'vihreä']])),
    );
    expect(strategy?.measures.map((m) => [m.name, m.status, m.cell])).toEqual([['Hanke', 'achieved', 'B64']]);
  });

  it('finds no strategy where no sheet has a measures table', () => {
    expect(strategyOf(workbook(sheet([['Rivi', 'TA', 'ENN'], ['Toimintakate', 1, 2]])))).toEqual({ strategy: null, findings: [] });
    expect(strategyOf(workbook(sheet([['Toimenpide', 'Tila']])))).toEqual({ strategy: null, findings: [] });
  });
});
