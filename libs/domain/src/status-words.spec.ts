import { parseDeliveryStatusWord, parseImpactStatusWord, parseSpreadsheetDate } from './status-words';

describe('parseDeliveryStatusWord', () => {
  it.each([
    ['R', 'off_track'],
    ['Red', 'off_track'],
    ['Off track', 'off_track'],
    ['A', 'at_risk'],
    ['Amber', 'at_risk'],
    ['At risk', 'at_risk'],
    ['G', 'on_track'],
    ['Green', 'on_track'],
    ['On track', 'on_track'],
    ['On-track', 'on_track'],
    ['B', 'complete'],
    ['Blue', 'complete'],
    ['Complete', 'complete'],
    ['Completed', 'complete'],
    ['Done', 'complete'],
    ['Not started', 'not_started'],
    ['Grey', 'not_started'],
    ['Gray', 'not_started'],
    ['not_started', 'not_started'],
    ['off_track', 'off_track'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDeliveryStatusWord(text)).toBe(expected);
  });

  it.each(['A/G', 'AG', 'Amber-Green', 'Amber/Green', 'amber green', 'Amber – Green'])(
    'reads amber-green (%s) as on track',
    (text) => {
      expect(parseDeliveryStatusWord(text)).toBe('on_track');
    },
  );

  it('ignores case and surrounding or repeated whitespace', () => {
    expect(parseDeliveryStatusWord('  AMBER ')).toBe('at_risk');
    expect(parseDeliveryStatusWord('on   TRACK\n')).toBe('on_track');
    expect(parseDeliveryStatusWord('\tr')).toBe('off_track');
  });

  it.each([
    ['Green - on track', 'on_track'],
    ['Green (On Track)', 'on_track'],
    ['On track – Green', 'on_track'],
    ['Red: off track', 'off_track'],
    ['Amber - at risk', 'at_risk'],
    ['Blue - Completed', 'complete'],
    ['Grey – not started', 'not_started'],
    ['Amber/Green - on track', 'on_track'],
  ])('reads the colour given with its meaning, %s, as %s', (text, expected) => {
    expect(parseDeliveryStatusWord(text)).toBe(expected);
  });

  it.each(['Green - complete', 'Red - on track', 'Blue - at risk', 'Green green', 'Amber - red'])(
    'refuses a colour and a meaning that disagree (%s)',
    (text) => {
      expect(parseDeliveryStatusWord(text)).toBeNull();
    },
  );

  it.each(['', '   ', 'Amber/Red', 'Red-Amber', 'Yellow', 'In progress', 'TBC', 'Greenish', 'N/A', 'Green?!x', 'constructor', 'toString', '__proto__'])(
    'refuses to guess at %p',
    (text) => {
      expect(parseDeliveryStatusWord(text)).toBeNull();
    },
  );
});

describe('parseImpactStatusWord', () => {
  it.each([
    ['Not yet fully completed', 'not_yet_complete'],
    ['Not yet complete', 'not_yet_complete'],
    ['Not complete', 'not_yet_complete'],
    ['Incomplete', 'not_yet_complete'],
    ['not_yet_complete', 'not_yet_complete'],
    ['Completed – monitoring impact', 'complete_monitoring_impact'],
    ['Complete - monitoring impact', 'complete_monitoring_impact'],
    ['Completed and monitoring impact', 'complete_monitoring_impact'],
    ['Completed, monitoring impact', 'complete_monitoring_impact'],
    ['Monitoring impact', 'complete_monitoring_impact'],
    ['complete_monitoring_impact', 'complete_monitoring_impact'],
    ['Completed – impact evidenced', 'complete_impact_evidenced'],
    ['Impact evidenced', 'complete_impact_evidenced'],
    ['Complete with evidence of impact', 'complete_impact_evidenced'],
    ['Completed with impact evidenced', 'complete_impact_evidenced'],
    ['complete_impact_evidenced', 'complete_impact_evidenced'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseImpactStatusWord(text)).toBe(expected);
  });

  it('ignores case and whitespace', () => {
    expect(parseImpactStatusWord('  IMPACT   evidenced ')).toBe('complete_impact_evidenced');
  });

  it.each(['', 'Complete', 'Completed', 'No impact evidenced', 'Complete but impact not evidenced', 'Green', 'Impact', 'constructor', 'hasOwnProperty'])(
    'refuses to guess at %p',
    (text) => {
      expect(parseImpactStatusWord(text)).toBeNull();
    },
  );
});

describe('parseSpreadsheetDate', () => {
  describe('Excel serial numbers', () => {
    it('reads modern serials', () => {
      expect(parseSpreadsheetDate(45658)).toBe('2025-01-01');
      expect(parseSpreadsheetDate(45717)).toBe('2025-03-01');
      expect(parseSpreadsheetDate(45351)).toBe('2024-02-29');
    });

    it('drops the time of day', () => {
      expect(parseSpreadsheetDate(45658.99)).toBe('2025-01-01');
    });

    it('applies the 1900 leap-year bug offset on each side of the phantom day', () => {
      expect(parseSpreadsheetDate(1)).toBe('1900-01-01');
      expect(parseSpreadsheetDate(59)).toBe('1900-02-28');
      expect(parseSpreadsheetDate(61)).toBe('1900-03-01');
    });

    it('refuses the phantom 29 February 1900 and serials outside Excel\'s range', () => {
      expect(parseSpreadsheetDate(60)).toBeNull();
      expect(parseSpreadsheetDate(0)).toBeNull();
      expect(parseSpreadsheetDate(-1)).toBeNull();
      expect(parseSpreadsheetDate(2958466)).toBeNull();
      expect(parseSpreadsheetDate(Number.NaN)).toBeNull();
      expect(parseSpreadsheetDate(Number.POSITIVE_INFINITY)).toBeNull();
    });

    it('reads the last serial Excel allows', () => {
      expect(parseSpreadsheetDate(2958465)).toBe('9999-12-31');
    });
  });

  describe('UK day-first dates', () => {
    it('reads dd/mm/yyyy', () => {
      expect(parseSpreadsheetDate('01/03/2025')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('31/12/2025')).toBe('2025-12-31');
    });

    it('reads d/m/yy as this century up to 29, as Excel does', () => {
      expect(parseSpreadsheetDate('1/3/25')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('5/11/29')).toBe('2029-11-05');
      expect(parseSpreadsheetDate('5/11/30')).toBe('1930-11-05');
    });

    it('accepts dots and dashes as separators and ignores a time', () => {
      expect(parseSpreadsheetDate('01.03.2025')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('01-03-2025')).toBe('2025-03-01');
      expect(parseSpreadsheetDate(' 01/03/2025 00:00 ')).toBe('2025-03-01');
    });

    it('refuses days that do not exist', () => {
      expect(parseSpreadsheetDate('31/02/2025')).toBeNull();
      expect(parseSpreadsheetDate('29/02/2025')).toBeNull();
      expect(parseSpreadsheetDate('13/13/2025')).toBeNull();
      expect(parseSpreadsheetDate('00/01/2025')).toBeNull();
    });

    it('reads 29 February in a leap year', () => {
      expect(parseSpreadsheetDate('29/02/2024')).toBe('2024-02-29');
    });

    it('never reads month first', () => {
      expect(parseSpreadsheetDate('03/25/2025')).toBeNull();
    });

    it('refuses mixed separators', () => {
      expect(parseSpreadsheetDate('01/03-2025')).toBeNull();
    });
  });

  describe('ISO dates', () => {
    it('reads yyyy-mm-dd, with or without a time', () => {
      expect(parseSpreadsheetDate('2025-03-01')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('2025-03-01 00:00:00')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('2025-03-01T00:00:00.000Z')).toBe('2025-03-01');
    });

    it('refuses days that do not exist', () => {
      expect(parseSpreadsheetDate('2025-02-31')).toBeNull();
    });
  });

  describe('dates with the month named', () => {
    it('reads a day, a month in full or in three letters, and a year', () => {
      expect(parseSpreadsheetDate('1 March 2025')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('31st December 2025')).toBe('2025-12-31');
      expect(parseSpreadsheetDate('2nd Sept 2025')).toBe('2025-09-02');
      expect(parseSpreadsheetDate('01-Mar-25')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('1-mar-2025')).toBe('2025-03-01');
      expect(parseSpreadsheetDate('3 Feb. 2025')).toBe('2025-02-03');
      expect(parseSpreadsheetDate('3 Feb, 2025 00:00')).toBe('2025-02-03');
    });

    it('refuses days that do not exist and words that are not months', () => {
      expect(parseSpreadsheetDate('30 February 2025')).toBeNull();
      expect(parseSpreadsheetDate('1 Smarch 2025')).toBeNull();
      expect(parseSpreadsheetDate('1 constructor 2025')).toBeNull();
    });
  });

  it.each(['', 'TBC', 'March 2025', 'Q3 2025', '45658', '2025', '1/3', '2025/03/01', '01/03/202', 'Ongoing', 'End of March 2025', 'Mar-25'])(
    'refuses to guess at %p',
    (text) => {
      expect(parseSpreadsheetDate(text)).toBeNull();
    },
  );
});
