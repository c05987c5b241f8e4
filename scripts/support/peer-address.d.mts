import type { IncomingMessage } from "node:http";

export declare const PEER_HEADER: "x-mlops-peer-address";
export declare const PEER_STAMP_ENV: "MLOPS_MAP_PEER_STAMP";
export declare function stampPeerAddress(request: IncomingMessage): void;
