import { defineCallSite } from './define-call-site';
import { NO_EXAMPLES } from './types';
import { decode, onHost, path, spoofs } from './url';

// Paths on meet.jit.si that are app files or endpoints, not rooms.
const RESERVED = /^(?:static|libs|images|sounds|lang|css|fonts|http-bind|xmpp-websocket|colibri-ws|_unlock)$/i;

export const jitsi = defineCallSite({
  id: 'jitsi',
  name: 'Jitsi Meet',
  matches: ['https://meet.jit.si/*'],
  meetingId(u) {
    const room = onHost(u, 'meet.jit.si') ? /^\/([^/.]+)$/.exec(path(u))?.[1] : undefined;
    // Jitsi room names are case-insensitive.
    return room && !RESERVED.test(room) ? decode(room).toLowerCase() : null;
  },
  examples: import.meta.env.PROD
    ? NO_EXAMPLES
    : {
        match: ['https://meet.jit.si/PrepPanelMockInterview', 'https://meet.jit.si/prep-panel-mock-42#config.startWithVideoMuted=true'],
        noMatch: [
          'https://meet.jit.si/',
          'https://meet.jit.si/static/close.html',
          'https://meet.jit.si/libs/app.bundle.min.js',
          'https://meet.jit.si/http-bind',
          ...spoofs('https://meet.jit.si/PrepPanelMockInterview', 'jit.si'),
        ],
      },
});
