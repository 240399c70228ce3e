/** Request and response bodies taken from RingCentral's guides, shared by tests. */

const preset = (id: string) => ({ effectiveGreetingType: 'Preset', preset: { id } });

/**
 * The VIP after-hours rule of user-interaction-rules.md, as its create request (one caller kept).
 * It has no immediate announcement target: a documented body that leaves out parts ringform
 * always sends.
 */
export function guideVipRule() {
  return {
    conditions: [
      { type: 'Interaction', from: [{ phoneNumber: '+16501111111', name: 'Kristina Grant' }], to: [] },
      { type: 'State', state: { id: 'after-hours' } },
    ],
    dispatching: {
      type: 'Terminate',
      actions: [
        { type: 'RingGroupAction', enabled: true, targets: [{ type: 'AllMobileRingTarget', name: 'My mobile apps' }], duration: 40 },
        { type: 'RingGroupAction', enabled: true, targets: [{ type: 'AllDesktopRingTarget', name: 'My desktop' }], duration: 50 },
        {
          type: 'TerminatingAction',
          targets: [
            { type: 'VoiceMailTerminatingTarget', name: 'Voicemail', prompt: { greeting: preset('590080') } },
            {
              type: 'PlayAnnouncementTerminatingTarget',
              name: 'PlayAnnouncement',
              prompt: { greeting: preset('66816') },
              dispatchingType: 'Ringing',
            },
            { type: 'PhoneNumberTerminatingTarget', destination: { phoneNumber: '+14082324343' }, dispatchingType: 'Terminating' },
          ],
          ringingTargetType: 'PlayAnnouncementTerminatingTarget',
          terminatingTargetType: 'PhoneNumberTerminatingTarget',
        },
      ],
    },
    enabled: true,
    displayName: 'VIP Calls After-Hours',
  };
}
