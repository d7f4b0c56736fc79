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
