import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { collectFromConfig, type LiveCollectOptions } from '../../src/collectors/collect.js';
import { readWorkspaceConfig } from '../../src/collectors/workspace-config.js';
import type { Snapshot } from '../../src/model/snapshot.js';
import type { ConnectTo } from '../../src/net/options.js';
import { runProbes } from '../../src/probes/run-probes.js';
import { Redactor } from '../../src/security/redact.js';
import { CampaignDouble } from '../doubles/campaign-server.js';
import { ImsDouble, type ImsClient, type ImsDoubleOptions, type ImsUser } from '../doubles/ims-server.js';
import { TestCa } from '../doubles/tls.js';
import { ACME } from './workspace.js';

/** The secrets of the ACME example, as Adobe provisioned them (examples/acme/ims). */
export const ACME_PROD_SECRET = 'p8e-PROD-U3VwZXJTZWNyZXRQcm9kdWN0aW9uS2V5';
export const ACME_STAGE_SECRET = 'p8e-STAGE-Q29uZmlkZW50aWFsU3RhZ2VTZWNyZXQ';
export const ACME_ORG = '4F2A9C1B5E6D7A8B0C1D2E3F@AdobeOrg';
const FULL_SCOPES = ['openid', 'AdobeID', 'read_organizations', 'additional_info.projectedProductContext', 'additional_info.roles', 'session'];

export function acmeClients(overrides: Partial<Record<'prod' | 'stage', Partial<ImsClient>>> = {}): ImsClient[] {
  return [
    {
      clientId: 'acme-campaign-prod',
      clientSecret: ACME_PROD_SECRET,
      redirectUriPatterns: ['https://campaign\\.acme\\.example(/.*)?'],
      defaultRedirectUri: 'https://www.adobe.com/',
      scopes: FULL_SCOPES,
      ...overrides.prod,
    },
    {
      clientId: 'acme-campaign-stage',
      clientSecret: ACME_STAGE_SECRET,
      redirectUriPatterns: ['https://campaign-stage\\.acme\\.example(/.*)?'],
      defaultRedirectUri: 'https://www.adobe.com/',
      scopes: FULL_SCOPES,
      ...overrides.stage,
    },
  ];
}

export const JANE: ImsUser = {
  email: 'jane.doe@acme.example',
  password: 'jane-Adobe-ID-pw',
  profiles: [{ name: 'campaign - acme - admin', serviceCode: 'dma_campaign_classic', owningEntity: ACME_ORG }],
};

/** A throwaway CA, an IMS double and an https Campaign double answering for the ACME names. */
export class LiveRig {
  private constructor(
    readonly ca: TestCa,
    readonly ims: ImsDouble,
    readonly campaign: CampaignDouble,
  ) {}

  static async start(
    options: {
      clients?: ImsClient[];
      users?: ImsUser[];
      campaignNames?: string[];
      campaignDays?: number;
      imsDiscoveryFault?: ImsDoubleOptions['discoveryFault'];
      ims?: Pick<ImsDoubleOptions, 'tokenEndpoint' | 'echoSecret'>;
    } = {},
  ): Promise<LiveRig> {
    const ca = await TestCa.create();
    const ims = await ImsDouble.start({
      tls: await ca.issue(['ims-na1.adobelogin.com', 'www.adobe.com', '127.0.0.1']),
      clients: options.clients ?? acmeClients(),
      users: options.users ?? [JANE],
      discoveryFault: options.imsDiscoveryFault,
      ...options.ims,
    });
    const campaign = await CampaignDouble.start({
      packageFile: `${ACME}/campaign/prod.xml`,
      tls: await ca.issue(options.campaignNames ?? ['campaign.acme.example', 'campaign-stage.acme.example'], { days: options.campaignDays ?? 90 }),
    });
    return new LiveRig(ca, ims, campaign);
  }

  /** Routes the ACME names to the doubles, keeping them for TLS (like curl --connect-to). */
  connectTo(): ConnectTo[] {
    return [
      { host: 'ims-na1.adobelogin.com', port: 443, toHost: '127.0.0.1', toPort: this.ims.port },
      { host: 'www.adobe.com', port: 443, toHost: '127.0.0.1', toPort: this.ims.port },
      { host: 'campaign.acme.example', port: 443, toHost: '127.0.0.1', toPort: this.campaign.port },
      { host: 'campaign-stage.acme.example', port: 443, toHost: '127.0.0.1', toPort: this.campaign.port },
    ];
  }

  live(net: Partial<LiveCollectOptions['net']> = {}): LiveCollectOptions {
    return {
      net: { timeoutMs: 4000, retries: 0, ca: this.ca.cert, connectTo: this.connectTo(), ...net },
      secrets: { env: {}, prompt: undefined },
      redactor: new Redactor(),
    };
  }

  /** Collects a workspace and runs the probes, as `check --probe` does. */
  async probe(dir: string, net: Partial<LiveCollectOptions['net']> = {}): Promise<Snapshot> {
    const config = await readWorkspaceConfig(dir);
    const live = this.live(net);
    const snapshot = await collectFromConfig(config, { live });
    await runProbes(snapshot, config, live);
    return snapshot;
  }

  async close(): Promise<void> {
    await Promise.all([this.ims.close(), this.campaign.close()]);
  }
}

/** An HTTP CONNECT proxy on 127.0.0.1 that records what it was asked and routes names to local ports. */
export class TestProxy {
  readonly connects: string[] = [];
  private readonly sockets = new Set<net.Socket>();
  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(routes: Record<string, number>): Promise<TestProxy> {
    const server = http.createServer((_req, res) => {
      res.writeHead(405);
      res.end();
    });
    // Assigned once the server exists: the server's handler reads it.
    // eslint-disable-next-line prefer-const -- declared before the closure that reads it, assigned after
    let proxy: TestProxy | undefined;
    server.on('connect', (req, client: net.Socket, head: Buffer) => {
      proxy!.connects.push(req.url ?? '');
      const [host] = (req.url ?? '').split(':');
      const port = routes[host ?? ''];
      if (!port) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      const upstream = net.connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      for (const socket of [client, upstream]) {
        proxy!.sockets.add(socket);
        socket.on('error', () => {});
        socket.on('close', () => proxy!.sockets.delete(socket));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    proxy = new TestProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    return proxy;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
