import { SCORING_VOCABULARY, type ScoringVocabulary } from '@trailmap/core/scoring';
import { describe, expect, it } from 'vitest';
import { fieldKey, isNumericScoringField, scoringFieldFor } from './fieldNames';

describe('fieldKey', () => {
  it('unwraps custom fields and snake-cases the name', () => {
    expect(fieldKey('Custom field (Time Criticality)')).toBe('time_criticality');
    expect(fieldKey('Campo personalizado (Segmento)')).toBe('segmento');
    expect(fieldKey('RR / OE')).toBe('rr_oe');
    expect(fieldKey('Confidence %')).toBe('confidence');
  });
});

describe('scoringFieldFor', () => {
  it.each([
    ['Custom field (Reach)', 'reach'],
    ['Reach', 'reach'],
    ['RICE Reach', 'reach'],
    ['Custom field (RICE Impact)', 'impact'],
    ['ICE Confidence', 'confidence'],
    ['Effort (person-months)', 'effort'],
    ['Custom field (Ease)', 'ease'],
    ['Custom field (User-Business Value)', 'business_value'],
    ['User Business Value', 'business_value'],
    ['Business Value', 'business_value'],
    ['Time Criticality', 'time_criticality'],
    ['Custom field (RR/OE)', 'risk_reduction'],
    ['Risk Reduction | Opportunity Enablement', 'risk_reduction'],
    ['Job Size', 'job_size'],
    ['Value', 'value'],
    ['MoSCoW', 'moscow'],
  ])('%s feeds %s', (header, name) => {
    expect(scoringFieldFor(header)).toBe(name);
  });

  it('does not treat story points or other fields as scoring inputs', () => {
    expect(scoringFieldFor('Custom field (Story Points)')).toBeUndefined();
    expect(scoringFieldFor('Custom field (Story point estimate)')).toBeUndefined();
    expect(scoringFieldFor('Custom field (Segment)')).toBeUndefined();
  });
});

describe('isNumericScoringField', () => {
  it('separates numeric inputs from MoSCoW and custom names', () => {
    expect(isNumericScoringField('job_size')).toBe(true);
    expect(isNumericScoringField('moscow')).toBe(false);
    expect(isNumericScoringField('segment')).toBe(false);
  });
});

describe("scoring field names come from core's vocabulary", () => {
  it('maps every column name and alias in the vocabulary to its field', () => {
    for (const field of SCORING_VOCABULARY.fields) {
      if (field.imports === undefined) continue;
      for (const name of [field.column, ...field.aliases]) {
        expect(scoringFieldFor(name), name).toBe(field.name);
        expect(scoringFieldFor(`Custom field (${name})`), name).toBe(field.name);
      }
    }
  });

  it('takes a changed vocabulary: a new alias feeds the field', () => {
    const changed: ScoringVocabulary = {
      ...SCORING_VOCABULARY,
      fields: SCORING_VOCABULARY.fields.map((f) =>
        f.name === 'reach' ? { ...f, aliases: [...f.aliases, 'Audience size'] } : f,
      ),
    };
    expect(scoringFieldFor('Custom field (Audience Size)')).toBeUndefined();
    expect(scoringFieldFor('Custom field (Audience Size)', changed)).toBe('reach');
  });
});
