import { DELIVERY_STATUS_INFO, DELIVERY_STATUSES, deliveryStatusLabel, isDeliveryStatus } from './delivery-status';

describe('delivery status', () => {
  it('recognises each delivery status and nothing else', () => {
    for (const s of DELIVERY_STATUSES) expect(isDeliveryStatus(s)).toBe(true);
    expect(isDeliveryStatus('green')).toBe(false);
    expect(isDeliveryStatus('On track')).toBe(false);
    expect(isDeliveryStatus(undefined)).toBe(false);
    expect(isDeliveryStatus(1)).toBe(false);
  });

  it('labels statuses in the words of the plan', () => {
    expect(DELIVERY_STATUSES.map(deliveryStatusLabel)).toEqual([
      'Not started',
      'On track',
      'At risk',
      'Off track',
      'Complete',
    ]);
  });

  it('rates delivery as BRAG: grey, green, amber, red, blue', () => {
    expect(DELIVERY_STATUSES.map((s) => DELIVERY_STATUS_INFO[s].rag)).toEqual(['grey', 'green', 'amber', 'red', 'blue']);
  });

  it('uses the GOV.UK palette', () => {
    expect(DELIVERY_STATUS_INFO.not_started.colour).toBe('#505a5f');
    expect(DELIVERY_STATUS_INFO.on_track.colour).toBe('#00703c');
    expect(DELIVERY_STATUS_INFO.off_track.colour).toBe('#d4351c');
    expect(DELIVERY_STATUS_INFO.complete.colour).toBe('#1d70b8');
  });

  it('orders statuses as they are listed', () => {
    const byOrder = [...DELIVERY_STATUSES].sort((a, b) => DELIVERY_STATUS_INFO[a].order - DELIVERY_STATUS_INFO[b].order);
    expect(byOrder).toEqual([...DELIVERY_STATUSES]);
  });
});
