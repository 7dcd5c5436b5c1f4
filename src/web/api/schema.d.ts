// Generated from the server's OpenAPI document by `npm run api:generate`. Do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            engine?: "pglite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            engine?: "pglite" | "postgres";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user (or null) and a CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "officer" | "park_manager" | "enterprise";
                                parkIds: number[];
                                mustChangePassword: boolean;
                            } | null;
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with e-mail and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "officer" | "park_manager" | "enterprise";
                                parkIds: number[];
                                mustChangePassword: boolean;
                            } | null;
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a user; a generated one-time password is returned when none is given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        displayName?: string;
                        /** @enum {string} */
                        role: "admin" | "officer" | "park_manager" | "enterprise";
                        /** @default [] */
                        parkIds?: number[];
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                email: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "officer" | "park_manager" | "enterprise";
                                parkIds: number[];
                                mustChangePassword: boolean;
                            };
                            password?: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/zones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zones with their blocks and figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                divisionCode: string | null;
                                divisionName: string | null;
                                establishedMonth: string | null;
                                positioningZh: string | null;
                                source: string;
                                sourceNote: string | null;
                                blocks: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    divisionCode: string | null;
                                    divisionName: string | null;
                                    source: string;
                                }[];
                                parkCount: number;
                                figures: {
                                    code: string;
                                    metric: string;
                                    value: string;
                                    /** @enum {string} */
                                    comparator: "eq" | "at_least";
                                    unit: string;
                                    asOf: string | null;
                                    labelZh: string;
                                    labelEn: string;
                                    source: string;
                                    isDemo: boolean;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Parks, centres and facilities */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Zone code */
                    zone?: string;
                    /** @description Block code */
                    block?: string;
                    kind?: "park" | "centre" | "facility" | "platform";
                    /** @description Name contains (simplified or traditional) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                kind: "park" | "centre" | "facility" | "platform";
                                zone: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                block: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                divisionCode: string | null;
                                lng: string | null;
                                lat: string | null;
                                locationNote: string | null;
                                clusters: string[];
                                openedMonth: string | null;
                                source: string;
                                sourceNote: string | null;
                                isDemo: boolean;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/parks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A park with its buildings, units and occupancy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            kind: "park" | "centre" | "facility" | "platform";
                            zone: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            };
                            block: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            divisionCode: string | null;
                            lng: string | null;
                            lat: string | null;
                            locationNote: string | null;
                            clusters: string[];
                            openedMonth: string | null;
                            source: string;
                            sourceNote: string | null;
                            isDemo: boolean;
                            address: string | null;
                            descriptionZh: string | null;
                            figures: {
                                code: string;
                                metric: string;
                                value: string;
                                /** @enum {string} */
                                comparator: "eq" | "at_least";
                                unit: string;
                                asOf: string | null;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                                isDemo: boolean;
                            }[];
                            buildings: {
                                id: number;
                                code: string;
                                nameZh: string;
                                floors: number;
                                completionYear: number | null;
                                isDemo: boolean;
                                units: {
                                    id: number;
                                    code: string;
                                    floor: number | null;
                                    areaM2: string;
                                    /** @enum {string} */
                                    use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                    cleanroomGrade: string;
                                    /** @enum {string} */
                                    dealType: "lease" | "sale";
                                    rentYuanPerM2Month: string | null;
                                    salePriceYuanPerM2: string | null;
                                    /** @enum {string} */
                                    status: "available" | "reserved" | "leased" | "sold";
                                    availableFrom: string | null;
                                    isDemo: boolean;
                                }[];
                            }[];
                            occupancy: {
                                totalM2: string;
                                availableM2: string;
                                leasedM2: string;
                                unitCount: number;
                            };
                            enterpriseCount: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zones, parks, directions, targets and figures for the portal home page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            zones: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                divisionCode: string | null;
                                divisionName: string | null;
                                establishedMonth: string | null;
                                positioningZh: string | null;
                                source: string;
                                sourceNote: string | null;
                                blocks: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    divisionCode: string | null;
                                    divisionName: string | null;
                                    source: string;
                                }[];
                                parkCount: number;
                                figures: {
                                    code: string;
                                    metric: string;
                                    value: string;
                                    /** @enum {string} */
                                    comparator: "eq" | "at_least";
                                    unit: string;
                                    asOf: string | null;
                                    labelZh: string;
                                    labelEn: string;
                                    source: string;
                                    isDemo: boolean;
                                }[];
                            }[];
                            parks: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                kind: "park" | "centre" | "facility" | "platform";
                                zone: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                block: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                divisionCode: string | null;
                                lng: string | null;
                                lat: string | null;
                                locationNote: string | null;
                                clusters: string[];
                                openedMonth: string | null;
                                source: string;
                                sourceNote: string | null;
                                isDemo: boolean;
                            }[];
                            directions: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                source: string;
                            }[];
                            targets: {
                                code: string;
                                scopeType: string;
                                scopeCode: string;
                                metric: string;
                                targetValue: string;
                                unit: string;
                                dueYear: number;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                            }[];
                            provinceFigures: {
                                code: string;
                                metric: string;
                                value: string;
                                /** @enum {string} */
                                comparator: "eq" | "at_least";
                                unit: string;
                                asOf: string | null;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                                isDemo: boolean;
                            }[];
                            demo: {
                                loaded: boolean;
                                enterprises: number;
                                units: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
