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
    "/api/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The zone’s organisational units (招商单位 / 处室), in order, with their member counts */
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
                                nameZh: string;
                                nameEn: string;
                                /** @default 0 */
                                position: number;
                                code: string;
                                isDemo: boolean;
                                members: number;
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
    "/api/org-units/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create an organisational unit, or rename and reorder it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh: string;
                        nameEn: string;
                        /** @default 0 */
                        position?: number;
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
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        /** Remove an organisational unit nobody belongs to and no signed project counts for (else 409) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/org-unit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Put a staff member in an organisational unit (null: in none) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        orgUnit: string | null;
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
        post?: never;
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
                            facilities: string[];
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            };
                            updatedBy: {
                                id: number;
                                displayName: string;
                            } | null;
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
                                    areaMu: string | null;
                                    /** @enum {string} */
                                    use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                    /** @enum {string} */
                                    cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                    /** @enum {string} */
                                    dealType: "lease" | "sale";
                                    rentYuanPerM2Month: string | null;
                                    salePriceYuanPerM2: string | null;
                                    floorLoadKnPerM2: string | null;
                                    clearHeightM: string | null;
                                    powerKva: string | null;
                                    hasExhaust: boolean;
                                    hasDrainage: boolean;
                                    /** @enum {string} */
                                    status: "available" | "reserved" | "leased" | "sold";
                                    tenant: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    availableFrom: string | null;
                                    isDemo: boolean;
                                    updatedAt: string;
                                }[];
                            }[];
                            occupancy: {
                                totalM2: string;
                                availableM2: string;
                                reservedM2: string;
                                leasedM2: string;
                                occupancyRate: string | null;
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
        /** Update a park's details (park managers: their own parks) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        lng?: (number | string) | null;
                        lat?: (number | string) | null;
                        clusters?: string[];
                        facilities?: string[];
                        contactName?: string | null;
                        contactPhone?: string | null;
                        /** Format: email */
                        contactEmail?: string | null;
                        descriptionZh?: string | null;
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
                            facilities: string[];
                            contact: {
                                name: string | null;
                                phone: string | null;
                                email: string | null;
                            };
                            updatedBy: {
                                id: number;
                                displayName: string;
                            } | null;
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
                                    areaMu: string | null;
                                    /** @enum {string} */
                                    use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                    /** @enum {string} */
                                    cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                    /** @enum {string} */
                                    dealType: "lease" | "sale";
                                    rentYuanPerM2Month: string | null;
                                    salePriceYuanPerM2: string | null;
                                    floorLoadKnPerM2: string | null;
                                    clearHeightM: string | null;
                                    powerKva: string | null;
                                    hasExhaust: boolean;
                                    hasDrainage: boolean;
                                    /** @enum {string} */
                                    status: "available" | "reserved" | "leased" | "sold";
                                    tenant: {
                                        id: number;
                                        nameZh: string;
                                    } | null;
                                    availableFrom: string | null;
                                    isDemo: boolean;
                                    updatedAt: string;
                                }[];
                            }[];
                            occupancy: {
                                totalM2: string;
                                availableM2: string;
                                reservedM2: string;
                                leasedM2: string;
                                occupancyRate: string | null;
                                unitCount: number;
                            };
                            enterpriseCount: number;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/parks/{id}/buildings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a building to a park */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        nameZh: string;
                        floors: number;
                        /** @default null */
                        completionYear?: number | null;
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
                            id: number;
                            parkId: number;
                            code: string;
                            nameZh: string;
                            floors: number;
                            completionYear: number | null;
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
    "/api/buildings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a building without units */
        delete: {
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
        options?: never;
        head?: never;
        /** Update a building */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        nameZh?: string;
                        floors?: number;
                        completionYear?: number | null;
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
                            id: number;
                            parkId: number;
                            code: string;
                            nameZh: string;
                            floors: number;
                            completionYear: number | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/buildings/{id}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a unit to a building */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @default null */
                        floor?: number | null;
                        areaM2: number | string;
                        /** @enum {string} */
                        use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                        /**
                         * @default none
                         * @enum {string}
                         */
                        cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                        /** @enum {string} */
                        dealType: "lease" | "sale";
                        rentYuanPerM2Month?: (number | string) | null;
                        salePriceYuanPerM2?: (number | string) | null;
                        floorLoadKnPerM2?: (number | string) | null;
                        clearHeightM?: (number | string) | null;
                        powerKva?: (number | string) | null;
                        /** @default false */
                        hasExhaust?: boolean;
                        /** @default false */
                        hasDrainage?: boolean;
                        /**
                         * @default available
                         * @enum {string}
                         */
                        status?: "available" | "reserved" | "leased" | "sold";
                        /** @default null */
                        tenantEnterpriseId?: number | null;
                        /**
                         * Format: date
                         * @default null
                         */
                        availableFrom?: string | null;
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
                            id: number;
                            code: string;
                            floor: number | null;
                            areaM2: string;
                            areaMu: string | null;
                            /** @enum {string} */
                            use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                            /** @enum {string} */
                            cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                            /** @enum {string} */
                            dealType: "lease" | "sale";
                            rentYuanPerM2Month: string | null;
                            salePriceYuanPerM2: string | null;
                            floorLoadKnPerM2: string | null;
                            clearHeightM: string | null;
                            powerKva: string | null;
                            hasExhaust: boolean;
                            hasDrainage: boolean;
                            /** @enum {string} */
                            status: "available" | "reserved" | "leased" | "sold";
                            tenant: {
                                id: number;
                                nameZh: string;
                            } | null;
                            availableFrom: string | null;
                            isDemo: boolean;
                            updatedAt: string;
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
    "/api/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a unit */
        delete: {
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
        options?: never;
        head?: never;
        /** Update a unit: status, price, features */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        floor?: number | null;
                        areaM2?: number | string;
                        /** @enum {string} */
                        use?: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                        /** @enum {string} */
                        cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                        /** @enum {string} */
                        dealType?: "lease" | "sale";
                        rentYuanPerM2Month?: (number | string) | null;
                        salePriceYuanPerM2?: (number | string) | null;
                        floorLoadKnPerM2?: (number | string) | null;
                        clearHeightM?: (number | string) | null;
                        powerKva?: (number | string) | null;
                        hasExhaust?: boolean;
                        hasDrainage?: boolean;
                        /** @enum {string} */
                        status?: "available" | "reserved" | "leased" | "sold";
                        tenantEnterpriseId?: number | null;
                        /** Format: date */
                        availableFrom?: string | null;
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
                            id: number;
                            code: string;
                            floor: number | null;
                            areaM2: string;
                            areaMu: string | null;
                            /** @enum {string} */
                            use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                            /** @enum {string} */
                            cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                            /** @enum {string} */
                            dealType: "lease" | "sale";
                            rentYuanPerM2Month: string | null;
                            salePriceYuanPerM2: string | null;
                            floorLoadKnPerM2: string | null;
                            clearHeightM: string | null;
                            powerKva: string | null;
                            hasExhaust: boolean;
                            hasDrainage: boolean;
                            /** @enum {string} */
                            status: "available" | "reserved" | "leased" | "sold";
                            tenant: {
                                id: number;
                                nameZh: string;
                            } | null;
                            availableFrom: string | null;
                            isDemo: boolean;
                            updatedAt: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search space: filters, sort, pagination and facet counts
         * @description All filters combine with AND. `use` and `status` take comma-separated lists.
         *
         *     `cleanroom` means "at least this clean": GMP A/B/C/D and ISO 5–8 share one ladder (A ≈ ISO 5, B ≈ ISO 6, C ≈ ISO 7, D ≈ ISO 8).
         *
         *     `minPrice`/`maxPrice` compare the monthly rent per m² of units for lease and the price per m² of units for sale.
         *
         *     Each facet is counted under every filter except its own.
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Zone code */
                    zone?: string;
                    /** @description Block code */
                    block?: string;
                    /** @description Park id */
                    park?: number;
                    /** @description One or more uses, comma-separated */
                    use?: ("rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel")[];
                    minArea?: number;
                    maxArea?: number;
                    /** @description At least this clean: C matches GMP C, B, A and ISO 7, 6, 5 */
                    cleanroom?: "A" | "B" | "C" | "D" | "ISO5" | "ISO6" | "ISO7" | "ISO8";
                    dealType?: "lease" | "sale";
                    /** @description Yuan per m² (per month when leasing) */
                    minPrice?: number;
                    maxPrice?: number;
                    status?: ("available" | "reserved" | "leased" | "sold")[];
                    /** @description Available on or before this date */
                    availableBefore?: string;
                    sort?: "area" | "-area" | "price" | "-price" | "availableFrom" | "code";
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
                                floor: number | null;
                                areaM2: string;
                                areaMu: string | null;
                                /** @enum {string} */
                                use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                /** @enum {string} */
                                cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                /** @enum {string} */
                                dealType: "lease" | "sale";
                                rentYuanPerM2Month: string | null;
                                salePriceYuanPerM2: string | null;
                                floorLoadKnPerM2: string | null;
                                clearHeightM: string | null;
                                powerKva: string | null;
                                hasExhaust: boolean;
                                hasDrainage: boolean;
                                /** @enum {string} */
                                status: "available" | "reserved" | "leased" | "sold";
                                tenant: {
                                    id: number;
                                    nameZh: string;
                                } | null;
                                availableFrom: string | null;
                                isDemo: boolean;
                                updatedAt: string;
                                building: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                };
                                park: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                zone: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            facets: {
                                use: {
                                    value: string;
                                    count: number;
                                }[];
                                status: {
                                    value: string;
                                    count: number;
                                }[];
                                dealType: {
                                    value: string;
                                    count: number;
                                }[];
                                cleanroomGrade: {
                                    value: string;
                                    count: number;
                                }[];
                                zone: {
                                    value: string;
                                    count: number;
                                }[];
                                park: {
                                    value: string;
                                    count: number;
                                }[];
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
    "/api/occupancy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Occupancy (total, available, reserved, leased m² and rate) per zone, block or park */
        get: {
            parameters: {
                query?: {
                    level?: "zone" | "block" | "park";
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
                                totalM2: string;
                                availableM2: string;
                                reservedM2: string;
                                leasedM2: string;
                                occupancyRate: string | null;
                                unitCount: number;
                                /** @enum {string} */
                                level: "zone" | "block" | "park";
                                code: string;
                                nameZh: string;
                                nameEn: string;
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
    "/api/imports/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload units (.xlsx or .csv, UTF-8 or GBK) to check or import
         * @description multipart/form-data with one field "file". The job runs in the background: poll GET /api/imports/{id}. Park managers may only import rows of their own parks; other rows are rejected one by one.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: check every row and report what a commit would do, writing nothing */
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
    "/api/imports/parks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload parks' details (.xlsx or .csv) to check or import; rows match on park code
         * @description multipart/form-data with one field "file". Parks are updated, never created; a blank cell leaves a detail unchanged. Park managers may only change their own parks.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: check every row and report what a commit would do, writing nothing */
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
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
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My recent imports (admins: everyone’s) */
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
                                /** @enum {string} */
                                kind: "units" | "parks";
                                fileName: string;
                                dryRun: boolean;
                                /** @enum {string} */
                                status: "queued" | "reading" | "committing" | "done" | "failed";
                                createdAt: string;
                                finishedAt: string | null;
                                bytesTotal: number;
                                bytesRead: number;
                                rowsRead: number;
                                rowsValid: number;
                                rowsRejected: number;
                                /** @description Dry run: units a commit would create */
                                created: number;
                                updated: number;
                                unchanged: number;
                                /** @description Why the whole job failed, in the caller's language */
                                failure: string | null;
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
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import’s progress, figures and rejected rows */
        get: {
            parameters: {
                query?: {
                    errorsLimit?: number;
                    errorsOffset?: number;
                };
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
                            /** @enum {string} */
                            kind: "units" | "parks";
                            fileName: string;
                            dryRun: boolean;
                            /** @enum {string} */
                            status: "queued" | "reading" | "committing" | "done" | "failed";
                            createdAt: string;
                            finishedAt: string | null;
                            bytesTotal: number;
                            bytesRead: number;
                            rowsRead: number;
                            rowsValid: number;
                            rowsRejected: number;
                            /** @description Dry run: units a commit would create */
                            created: number;
                            updated: number;
                            unchanged: number;
                            /** @description Why the whole job failed, in the caller's language */
                            failure: string | null;
                            errors: {
                                items: {
                                    sheet: string;
                                    /** @description As the spreadsheet shows it: the header is row 1 */
                                    rowNumber: number;
                                    column: string | null;
                                    value: string | null;
                                    /** @description In the caller's language */
                                    message: string;
                                }[];
                                total: number;
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
    "/api/imports/units/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The units template: Chinese headers, dropdowns, instructions */
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
                    content?: never;
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
    "/api/imports/parks/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parks template: Chinese headers and instructions */
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
                    content?: never;
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
    "/api/parks/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every park's public details, as the parks import workbook */
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
                    content?: never;
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
    "/api/units/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit matching the search filters, as the import workbook (paging ignored) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Zone code */
                    zone?: string;
                    /** @description Block code */
                    block?: string;
                    /** @description Park id */
                    park?: number;
                    /** @description One or more uses, comma-separated */
                    use?: ("rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel")[];
                    minArea?: number;
                    maxArea?: number;
                    /** @description At least this clean: C matches GMP C, B, A and ISO 7, 6, 5 */
                    cleanroom?: "A" | "B" | "C" | "D" | "ISO5" | "ISO6" | "ISO7" | "ISO8";
                    dealType?: "lease" | "sale";
                    /** @description Yuan per m² (per month when leasing) */
                    minPrice?: number;
                    maxPrice?: number;
                    status?: ("available" | "reserved" | "leased" | "sold")[];
                    /** @description Available on or before this date */
                    availableBefore?: string;
                    sort?: "area" | "-area" | "price" | "-price" | "availableFrom" | "code";
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
                    content?: never;
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
    "/api/units/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every unit matching the search filters, as UTF-8 CSV with a byte-order mark (paging ignored) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Zone code */
                    zone?: string;
                    /** @description Block code */
                    block?: string;
                    /** @description Park id */
                    park?: number;
                    /** @description One or more uses, comma-separated */
                    use?: ("rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel")[];
                    minArea?: number;
                    maxArea?: number;
                    /** @description At least this clean: C matches GMP C, B, A and ISO 7, 6, 5 */
                    cleanroom?: "A" | "B" | "C" | "D" | "ISO5" | "ISO6" | "ISO7" | "ISO8";
                    dealType?: "lease" | "sale";
                    /** @description Yuan per m² (per month when leasing) */
                    minPrice?: number;
                    maxPrice?: number;
                    status?: ("available" | "reserved" | "leased" | "sold")[];
                    /** @description Available on or before this date */
                    availableBefore?: string;
                    sort?: "area" | "-area" | "price" | "-price" | "availableFrom" | "code";
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
                    content?: never;
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
    "/api/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** News, events and notices, newest first, filtered by kind, zone and words */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    kind?: "news" | "event" | "notice";
                    /** @description Zone code; an unknown code matches nothing */
                    zone?: string;
                    /** @description Part of the title, summary or body (traditional characters match too) */
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
                                /** @enum {string} */
                                kind: "news" | "event" | "notice";
                                titleZh: string;
                                summaryZh: string;
                                publishedOn: string;
                                eventStartsOn: string | null;
                                eventEndsOn: string | null;
                                location: string | null;
                                zone: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                updatedAt: string;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
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
        /** Publish a news item, event or notice (searchable at once) */
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
                        /** @enum {string} */
                        kind: "news" | "event" | "notice";
                        titleZh: string;
                        /** @default  */
                        summaryZh?: string;
                        /** @default  */
                        bodyZh?: string;
                        /** @description YYYY-MM-DD */
                        publishedOn: string;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        eventStartsOn?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        eventEndsOn?: string | null;
                        /** @default null */
                        location?: string | null;
                        /**
                         * @description Zone code; null: not about one zone
                         * @default null
                         */
                        zone?: string | null;
                        /** @description Where it comes from: a document, a URL, an office */
                        source: string;
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
                            id: number;
                            /** @enum {string} */
                            kind: "news" | "event" | "notice";
                            titleZh: string;
                            summaryZh: string;
                            publishedOn: string;
                            eventStartsOn: string | null;
                            eventEndsOn: string | null;
                            location: string | null;
                            zone: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            bodyZh: string;
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
    "/api/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A news item, event or notice */
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
                            /** @enum {string} */
                            kind: "news" | "event" | "notice";
                            titleZh: string;
                            summaryZh: string;
                            publishedOn: string;
                            eventStartsOn: string | null;
                            eventEndsOn: string | null;
                            location: string | null;
                            zone: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            bodyZh: string;
                        };
                    };
                };
            };
        };
        /** Replace a news item’s fields */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "news" | "event" | "notice";
                        titleZh: string;
                        /** @default  */
                        summaryZh?: string;
                        /** @default  */
                        bodyZh?: string;
                        /** @description YYYY-MM-DD */
                        publishedOn: string;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        eventStartsOn?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        eventEndsOn?: string | null;
                        /** @default null */
                        location?: string | null;
                        /**
                         * @description Zone code; null: not about one zone
                         * @default null
                         */
                        zone?: string | null;
                        /** @description Where it comes from: a document, a URL, an office */
                        source: string;
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
                            id: number;
                            /** @enum {string} */
                            kind: "news" | "event" | "notice";
                            titleZh: string;
                            summaryZh: string;
                            publishedOn: string;
                            eventStartsOn: string | null;
                            eventEndsOn: string | null;
                            location: string | null;
                            zone: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            updatedAt: string;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            bodyZh: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a news item */
        delete: {
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leads, contact details masked */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "new" | "contacted" | "qualified" | "closed";
                    /** @description true: only leads assigned to me */
                    mine?: "true" | "false";
                    /** @description true: only new leads past their contact deadline */
                    overdue?: "true" | "false";
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
                                reference: string;
                                /** @enum {string} */
                                status: "new" | "contacted" | "qualified" | "closed";
                                companyName: string;
                                /** @description Empty once erased */
                                contactName: string;
                                contact: {
                                    /** @description Masked, e.g. 133****9793 */
                                    phone: string;
                                    /** @description Masked, e.g. l***@example.cn */
                                    email: string | null;
                                };
                                /** @description The person had their data erased: contact details are gone */
                                erased: boolean;
                                direction: string | null;
                                /** @enum {string|null} */
                                intendedUse: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel" | null;
                                areaM2: string | null;
                                investmentWan: string | null;
                                assignedTo: {
                                    id: number;
                                    displayName: string;
                                } | null;
                                submissionCount: number;
                                createdAt: string;
                                /** @description By when the requester must be contacted (SLA by lead size) */
                                contactDueAt: string | null;
                                /** @description Still new after its contact deadline */
                                overdue: boolean;
                                /** @description When and why the lead was closed without a project */
                                closed: {
                                    at: string;
                                    /** @enum {string} */
                                    reason: "no_response" | "not_qualified" | "no_suitable_space" | "chose_elsewhere" | "duplicate" | "other";
                                    note: string | null;
                                } | null;
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
        /**
         * Submit a demand (需求对接): the public form
         * @description At most 10 per minute from one address (429 with Retry-After).
         */
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
                        companyName: string;
                        uscc?: string;
                        taiwanUbn?: string;
                        contactName: string;
                        phone: string;
                        /** Format: email */
                        email?: string;
                        /** @description Direction code, e.g. high_quality_medicine */
                        direction?: string;
                        chainLink?: string;
                        /** @enum {string} */
                        intendedUse?: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                        areaM2?: number;
                        /** @description Expected investment, 万元 */
                        investmentWan?: number;
                        /** @description Expected annual tax, 万元 */
                        annualTaxWan?: number;
                        /** @enum {string} */
                        timeline?: "within_3_months" | "within_6_months" | "within_12_months" | "later";
                        needs?: string;
                        /** @description Zone code */
                        preferredZone?: string;
                        preferredParkId?: number;
                        /**
                         * @description The submitter agrees to the purpose statement
                         * @enum {boolean}
                         */
                        consent: true;
                        /**
                         * @default 2026-11
                         * @enum {string}
                         */
                        consentVersion?: "2026-11";
                        website?: string;
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
                            reference: string;
                            merged: boolean;
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
    "/api/leads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A lead with its timeline, contact details masked */
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
                            reference: string;
                            /** @enum {string} */
                            status: "new" | "contacted" | "qualified" | "closed";
                            companyName: string;
                            /** @description Empty once erased */
                            contactName: string;
                            contact: {
                                /** @description Masked, e.g. 133****9793 */
                                phone: string;
                                /** @description Masked, e.g. l***@example.cn */
                                email: string | null;
                            };
                            /** @description The person had their data erased: contact details are gone */
                            erased: boolean;
                            direction: string | null;
                            /** @enum {string|null} */
                            intendedUse: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel" | null;
                            areaM2: string | null;
                            investmentWan: string | null;
                            assignedTo: {
                                id: number;
                                displayName: string;
                            } | null;
                            submissionCount: number;
                            createdAt: string;
                            /** @description By when the requester must be contacted (SLA by lead size) */
                            contactDueAt: string | null;
                            /** @description Still new after its contact deadline */
                            overdue: boolean;
                            /** @description When and why the lead was closed without a project */
                            closed: {
                                at: string;
                                /** @enum {string} */
                                reason: "no_response" | "not_qualified" | "no_suitable_space" | "chose_elsewhere" | "duplicate" | "other";
                                note: string | null;
                            } | null;
                            followUps: {
                                id: number;
                                /** @enum {string} */
                                kind: "call" | "visit" | "meeting" | "email" | "other";
                                happenedAt: string;
                                summary: string;
                                attendees: string[];
                                nextAction: string | null;
                                nextActionOn: string | null;
                                by: string | null;
                            }[];
                            uscc: string | null;
                            taiwanUbn: string | null;
                            chainLink: string | null;
                            annualTaxWan: string | null;
                            /** @enum {string|null} */
                            timeline: "within_3_months" | "within_6_months" | "within_12_months" | "later" | null;
                            needs: string | null;
                            preferredZone: string | null;
                            preferredParkId: number | null;
                            consentVersion: string | null;
                            consentedAt: string | null;
                            /** @enum {string} */
                            origin: "form" | "target_list";
                            enterpriseId: number | null;
                            timeline_events: {
                                id: number;
                                /** @enum {string} */
                                kind: "submitted" | "merged" | "assigned" | "contact_revealed" | "personal_data_exported" | "erased" | "follow_up" | "closed" | "reopened";
                                actor: string | null;
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                } | null;
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
    "/api/leads/{id}/contact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reveal the contact details (the assigned officer and admins; audited) */
        post: {
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
                            phone: string | null;
                            email: string | null;
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
    "/api/leads/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign a lead to an officer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        officerId: number;
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
    "/api/leads/{id}/personal-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A copy of the person's data held on this lead (a request under PIPL; audited) */
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
                            reference: string;
                            companyName: string;
                            contactName: string;
                            phone: string | null;
                            email: string | null;
                            needs: string | null;
                            consentVersion: string | null;
                            consentedAt: string | null;
                            erasedAt: string | null;
                            submissions: {
                                at: string;
                                detail: unknown;
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
    "/api/leads/{id}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase the person's data from a lead, keeping the anonymised figures (audited, final) */
        post: {
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
    "/api/leads/{id}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log a call, visit or meeting (the first marks a new lead contacted) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "call" | "visit" | "meeting" | "email" | "other";
                        /**
                         * Format: date-time
                         * @description Defaults to now
                         */
                        happenedAt?: string;
                        summary: string;
                        /** @default [] */
                        attendees?: string[];
                        nextAction?: string;
                        /** Format: date */
                        nextActionOn?: string;
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
                            id: number;
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
    "/api/leads/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a lead that will not become a project, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "no_response" | "not_qualified" | "no_suitable_space" | "chose_elsewhere" | "duplicate" | "other";
                        note?: string;
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
    "/api/leads/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a closed lead again (not once its personal data has been erased) */
        post: {
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
    "/api/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Investment officers with their unit, the directions they cover and their open leads */
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
                                displayName: string;
                                email: string;
                                disabled: boolean;
                                /** @description Organisational unit code */
                                orgUnit: string | null;
                                directions: string[];
                                openLeads: number;
                                overdueLeads: number;
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
    "/api/officers/{id}/directions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The directions an officer covers: new leads of those directions go to them in turn */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        directions: string[];
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
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leads/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered leads as a workbook, contact details masked (the export is audited) */
        get: {
            parameters: {
                query?: {
                    status?: "new" | "contacted" | "qualified" | "closed";
                    /** @description true: only leads assigned to me */
                    mine?: "true" | "false";
                    /** @description true: only new leads past their contact deadline */
                    overdue?: "true" | "false";
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
                    content?: never;
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
    "/api/pipelines/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pipeline: its stages and the moves allowed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            stages: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                outcome: "open" | "signed" | "lost";
                                requiresAmount: boolean;
                                requiresReason: boolean;
                                next: string[];
                            }[];
                        };
                    };
                };
            };
        };
        /** Create a pipeline or replace its whole definition (names, stages, moves, stage actions); 409 if a removed stage still has projects */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Matches ^[a-z][a-z0-9_]{1,39}$ */
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh: string;
                        nameEn: string;
                        /** @description In board order; the first is where new projects start */
                        stages: {
                            /** @description Matches ^[a-z][a-z0-9_]{1,39}$ */
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            /** @enum {string} */
                            outcome: "open" | "signed" | "lost";
                            /** @default false */
                            requiresAmount?: boolean;
                            /** @default false */
                            requiresReason?: boolean;
                            /**
                             * @description The stages a project here may move to
                             * @default []
                             */
                            next?: string[];
                        }[];
                        /** @default [] */
                        actions?: {
                            stage: string;
                            /** @enum {string} */
                            action: "notify_officer" | "notify_admins" | "follow_up_task";
                            /** @description {project} is replaced by the project’s name */
                            titleZh: string;
                            /** @description {project} is replaced by the project’s name */
                            titleEn: string;
                            /** @description Needed for follow_up_task; ignored by notices */
                            dueInDays?: number | null;
                        }[];
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
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            stages: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                outcome: "open" | "signed" | "lost";
                                requiresAmount: boolean;
                                requiresReason: boolean;
                                next: string[];
                                /** @description Projects now in this stage */
                                projects: number;
                            }[];
                            actions: {
                                stage: string;
                                /** @enum {string} */
                                action: "notify_officer" | "notify_admins" | "follow_up_task";
                                titleZh: string;
                                titleEn: string;
                                dueInDays: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            nameZh: string;
                            nameEn: string;
                            stages: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                /** @enum {string} */
                                outcome: "open" | "signed" | "lost";
                                requiresAmount: boolean;
                                requiresReason: boolean;
                                next: string[];
                                /** @description Projects now in this stage */
                                projects: number;
                            }[];
                            actions: {
                                stage: string;
                                /** @enum {string} */
                                action: "notify_officer" | "notify_admins" | "follow_up_task";
                                titleZh: string;
                                titleEn: string;
                                dueInDays: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/pipelines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every pipeline: its stages, the moves allowed, the stage actions and the projects per stage */
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
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                stages: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @enum {string} */
                                    outcome: "open" | "signed" | "lost";
                                    requiresAmount: boolean;
                                    requiresReason: boolean;
                                    next: string[];
                                    /** @description Projects now in this stage */
                                    projects: number;
                                }[];
                                actions: {
                                    stage: string;
                                    /** @enum {string} */
                                    action: "notify_officer" | "notify_admins" | "follow_up_task";
                                    titleZh: string;
                                    titleEn: string;
                                    dueInDays: number | null;
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
    "/api/pipelines/{code}/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kanban: a column per stage with its projects and amount (万元) */
        get: {
            parameters: {
                query?: {
                    mine?: "true" | "false";
                };
                header?: never;
                path: {
                    code: string;
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
                            pipeline: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                stages: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @enum {string} */
                                    outcome: "open" | "signed" | "lost";
                                    requiresAmount: boolean;
                                    requiresReason: boolean;
                                    next: string[];
                                }[];
                            };
                            columns: {
                                stage: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                    /** @enum {string} */
                                    outcome: "open" | "signed" | "lost";
                                    requiresAmount: boolean;
                                    requiresReason: boolean;
                                    next: string[];
                                };
                                count: number;
                                amountWan: string;
                                projects: {
                                    id: number;
                                    pipelineCode: string;
                                    stageCode: string;
                                    leadId: number | null;
                                    name: string;
                                    companyName: string;
                                    officer: {
                                        id: number;
                                        displayName: string;
                                    } | null;
                                    directionCode: string | null;
                                    plannedInvestmentWan: string | null;
                                    signedAmountWan: string | null;
                                    signingEventId: number | null;
                                    signedOn: string | null;
                                    lostReason: string | null;
                                    updatedAt: string;
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
    "/api/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The projects table: filtered, sorted, a page at a time, with the count and amounts of all matches */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    /** @description Pipeline code; an unknown code matches nothing */
                    pipeline?: string;
                    /** @description One or more stage codes, comma-separated (stage=signed,registered); without a pipeline, in any */
                    stage?: string[];
                    /** @description Officer (user id) */
                    officer?: number;
                    /** @description true: only my projects */
                    mine?: "true" | "false";
                    /** @description Industry direction code */
                    direction?: string;
                    /** @description Signing event id */
                    signingEvent?: number;
                    /** @description The outcome of the project's stage */
                    outcome?: "open" | "signed" | "lost";
                    /** @description Part of the project or company name (case-insensitive; traditional characters match too) */
                    q?: string;
                    /** @description Signed on or after */
                    signedFrom?: string;
                    /** @description Signed on or before */
                    signedTo?: string;
                    sort?: "updatedAt" | "plannedInvestment" | "signedAmount" | "signedOn" | "name";
                    order?: "asc" | "desc";
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
                                pipelineCode: string;
                                stageCode: string;
                                leadId: number | null;
                                name: string;
                                companyName: string;
                                officer: {
                                    id: number;
                                    displayName: string;
                                } | null;
                                directionCode: string | null;
                                plannedInvestmentWan: string | null;
                                signedAmountWan: string | null;
                                signingEventId: number | null;
                                signedOn: string | null;
                                lostReason: string | null;
                                updatedAt: string;
                                stageNameZh: string;
                                stageNameEn: string;
                                /** @enum {string} */
                                stageOutcome: "open" | "signed" | "lost";
                                signingEventName: string | null;
                            }[];
                            total: number;
                            limit: number;
                            offset: number;
                            summary: {
                                count: number;
                                /** @description Planned investment, 万元, two decimals */
                                plannedWan: string;
                                /** @description Signed amount, 万元, two decimals */
                                signedWan: string;
                                /** @description The same in 亿元, two decimals */
                                plannedYi: string;
                                /** @description The same in 亿元, two decimals */
                                signedYi: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a project */
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
                        /** @default investment */
                        pipeline?: string;
                        name: string;
                        companyName: string;
                        direction?: string;
                        plannedInvestmentWan?: number;
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
                            id: number;
                            pipelineCode: string;
                            stageCode: string;
                            leadId: number | null;
                            name: string;
                            companyName: string;
                            officer: {
                                id: number;
                                displayName: string;
                            } | null;
                            directionCode: string | null;
                            plannedInvestmentWan: string | null;
                            signedAmountWan: string | null;
                            signingEventId: number | null;
                            signedOn: string | null;
                            lostReason: string | null;
                            updatedAt: string;
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
    "/api/projects/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered projects as a workbook, in the table's order (at most 10000 rows) */
        get: {
            parameters: {
                query?: {
                    /** @description Pipeline code; an unknown code matches nothing */
                    pipeline?: string;
                    /** @description One or more stage codes, comma-separated (stage=signed,registered); without a pipeline, in any */
                    stage?: string[];
                    /** @description Officer (user id) */
                    officer?: number;
                    /** @description true: only my projects */
                    mine?: "true" | "false";
                    /** @description Industry direction code */
                    direction?: string;
                    /** @description Signing event id */
                    signingEvent?: number;
                    /** @description The outcome of the project's stage */
                    outcome?: "open" | "signed" | "lost";
                    /** @description Part of the project or company name (case-insensitive; traditional characters match too) */
                    q?: string;
                    /** @description Signed on or after */
                    signedFrom?: string;
                    /** @description Signed on or before */
                    signedTo?: string;
                    sort?: "updatedAt" | "plannedInvestment" | "signedAmount" | "signedOn" | "name";
                    order?: "asc" | "desc";
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
                    content?: never;
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
    "/api/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A project */
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
                            pipelineCode: string;
                            stageCode: string;
                            leadId: number | null;
                            name: string;
                            companyName: string;
                            officer: {
                                id: number;
                                displayName: string;
                            } | null;
                            directionCode: string | null;
                            plannedInvestmentWan: string | null;
                            signedAmountWan: string | null;
                            signingEventId: number | null;
                            signedOn: string | null;
                            lostReason: string | null;
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
    "/api/projects/{id}/stage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a project to another stage (409 with the allowed stages if the move is not allowed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        signedAmountWan?: number;
                        signingEventId?: number;
                        /** Format: date */
                        signedOn?: string;
                        reason?: string;
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
                            id: number;
                            pipelineCode: string;
                            stageCode: string;
                            leadId: number | null;
                            name: string;
                            companyName: string;
                            officer: {
                                id: number;
                                displayName: string;
                            } | null;
                            directionCode: string | null;
                            plannedInvestmentWan: string | null;
                            signedAmountWan: string | null;
                            signingEventId: number | null;
                            signedOn: string | null;
                            lostReason: string | null;
                            updatedAt: string;
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
    "/api/leads/{id}/qualify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a lead into a project at the first stage of a pipeline */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default investment */
                        pipeline?: string;
                        /** @description Defaults to the company name */
                        name?: string;
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
                            id: number;
                            pipelineCode: string;
                            stageCode: string;
                            leadId: number | null;
                            name: string;
                            companyName: string;
                            officer: {
                                id: number;
                                displayName: string;
                            } | null;
                            directionCode: string | null;
                            plannedInvestmentWan: string | null;
                            signedAmountWan: string | null;
                            signingEventId: number | null;
                            signedOn: string | null;
                            lostReason: string | null;
                            updatedAt: string;
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
    "/api/signing-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signing events with the projects signed at each and their total (亿元) */
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
                                projects: number;
                                amountYi: string;
                                id: number;
                                name: string;
                                heldOn: string;
                                place: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a signing event (签约仪式) */
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
                        name: string;
                        /** Format: date */
                        heldOn: string;
                        place?: string;
                        /** @description Zone code */
                        zone?: string;
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
                            id: number;
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
    "/api/pipeline/figures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 招商 figures: projects signed and 亿元, by event, officer, direction and month */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                            total: {
                                projects: number;
                                amountYi: string;
                            };
                            byEvent: {
                                projects: number;
                                amountYi: string;
                                id: number | null;
                                name: string | null;
                            }[];
                            byOfficer: {
                                projects: number;
                                amountYi: string;
                                id: number | null;
                                name: string | null;
                            }[];
                            byUnit: {
                                projects: number;
                                amountYi: string;
                                /** @description null: signed by nobody in a unit */
                                code: string | null;
                                nameZh: string | null;
                                nameEn: string | null;
                            }[];
                            byDirection: {
                                projects: number;
                                amountYi: string;
                                code: string | null;
                            }[];
                            byMonth: {
                                projects: number;
                                amountYi: string;
                                month: string;
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
    "/api/pipelines/{code}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A pipeline's projects as a workbook (stage, officer, amounts in 万元) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
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
                    content?: never;
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
    "/api/pipeline/figures/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The 招商 figures of a period as a workbook: totals, then a sheet per grouping */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                    content?: never;
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
    "/api/signing-events/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Signing events with projects signed and 亿元, as a workbook */
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
                    content?: never;
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
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open follow-up tasks, soonest first (admins: ?all=true for everyone’s) */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
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
                                projectId: number;
                                projectName: string;
                                titleZh: string;
                                titleEn: string;
                                dueOn: string;
                                overdue: boolean;
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
    "/api/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tick a follow-up task off */
        post: {
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
    "/api/match": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Demand → ranked space, costs after subsidies, policies and partners (需求匹配)
         * @description Hard constraints exclude (status available, use, area range, cleanroom grade at least, power and floor load at least — a unit that does not state them fails —, available by moveInBy, rent stated and monthly rent within budget); soft criteria rank, each 0–1 with a weight, the weights summing to 100. Every unit carries the breakdown of its score, its monthly rent, the rent subsidies of the policies it qualifies for and the net. See docs/matching.md.
         *
         *     At most 30 per minute from one address (429 with Retry-After).
         */
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
                        /** @enum {string} */
                        use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                        /** @description m² */
                        areaMin: number;
                        /** @description m², at least areaMin */
                        areaMax: number;
                        /**
                         * @description At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)
                         * @enum {string}
                         */
                        cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                        /** @description Most the monthly rent (rent × area, before subsidies) may be, yuan */
                        budgetYuanPerMonth?: number;
                        /**
                         * @description Preferred zone codes
                         * @default []
                         */
                        zones?: string[];
                        /**
                         * @description Preferred park codes
                         * @default []
                         */
                        parks?: string[];
                        /** @description The unit must be available on or before this day */
                        moveInBy?: string;
                        /** @description Minimum power supply, kVA */
                        powerKva?: number;
                        /** @description Minimum floor load, kN/m² */
                        floorLoadKnPerM2?: number;
                        /** @description Industry direction code */
                        direction?: string;
                        /** @description Chain link code (partners one segment up and down) */
                        chainLink?: string;
                        /** @description More about the investor, for the policies */
                        profile?: {
                            /** @description Industry direction code, e.g. high_quality_medicine */
                            direction?: string | null;
                            /** @description Chain link codes */
                            chainLinks?: string[] | null;
                            /** @description GB/T 4754 code, e.g. C2720 */
                            industryCode?: string | null;
                            /** @description Taiwan-funded */
                            isTaiwanFunded?: boolean | null;
                            /** @description Drug MAH holder */
                            isMahHolder?: boolean | null;
                            /** @description High-tech enterprise */
                            isHighTech?: boolean | null;
                            /** @description Leading enterprise */
                            isLeading?: boolean | null;
                            /** @description Backbone enterprise */
                            isBackbone?: boolean | null;
                            /** @description Registered capital (万元) */
                            registeredCapitalWan?: number | null;
                            /** @description Revenue (latest year) (万元) */
                            revenueWan?: number | null;
                            /** @description R&D spend / revenue (%) */
                            rdRatio?: number | null;
                            /** @description Employees (人) */
                            employees?: number | null;
                            /** @description Planned project investment (万元) */
                            investmentWan?: number | null;
                            /** @description ISO date, e.g. 2026-03-01 */
                            settledOn?: string | null;
                            /** @description Drug/device approvals (项) */
                            approvals?: number | null;
                            /** @description Qualifying talents employed (名) */
                            talents?: number | null;
                        };
                        /** @default 10 */
                        limit?: number;
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
                            asOf: string;
                            demand: {
                                /** @enum {string} */
                                use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                /** @description m² */
                                areaMin: number;
                                /** @description m², at least areaMin */
                                areaMax: number;
                                /**
                                 * @description At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)
                                 * @enum {string}
                                 */
                                cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                /** @description Most the monthly rent (rent × area, before subsidies) may be, yuan */
                                budgetYuanPerMonth?: number;
                                /**
                                 * @description Preferred zone codes
                                 * @default []
                                 */
                                zones: string[];
                                /**
                                 * @description Preferred park codes
                                 * @default []
                                 */
                                parks: string[];
                                /** @description The unit must be available on or before this day */
                                moveInBy?: string;
                                /** @description Minimum power supply, kVA */
                                powerKva?: number;
                                /** @description Minimum floor load, kN/m² */
                                floorLoadKnPerM2?: number;
                                /** @description Industry direction code */
                                direction?: string;
                                /** @description Chain link code (partners one segment up and down) */
                                chainLink?: string;
                                /** @description More about the investor, for the policies */
                                profile?: {
                                    /** @description Industry direction code, e.g. high_quality_medicine */
                                    direction?: string | null;
                                    /** @description Chain link codes */
                                    chainLinks?: string[] | null;
                                    /** @description GB/T 4754 code, e.g. C2720 */
                                    industryCode?: string | null;
                                    /** @description Taiwan-funded */
                                    isTaiwanFunded?: boolean | null;
                                    /** @description Drug MAH holder */
                                    isMahHolder?: boolean | null;
                                    /** @description High-tech enterprise */
                                    isHighTech?: boolean | null;
                                    /** @description Leading enterprise */
                                    isLeading?: boolean | null;
                                    /** @description Backbone enterprise */
                                    isBackbone?: boolean | null;
                                    /** @description Registered capital (万元) */
                                    registeredCapitalWan?: number | null;
                                    /** @description Revenue (latest year) (万元) */
                                    revenueWan?: number | null;
                                    /** @description R&D spend / revenue (%) */
                                    rdRatio?: number | null;
                                    /** @description Employees (人) */
                                    employees?: number | null;
                                    /** @description Planned project investment (万元) */
                                    investmentWan?: number | null;
                                    /** @description ISO date, e.g. 2026-03-01 */
                                    settledOn?: string | null;
                                    /** @description Drug/device approvals (项) */
                                    approvals?: number | null;
                                    /** @description Qualifying talents employed (名) */
                                    talents?: number | null;
                                };
                                /** @default 10 */
                                limit: number;
                            };
                            candidates: number;
                            excluded: {
                                available: number;
                                constraints: {
                                    /** @enum {string} */
                                    key: "use" | "area" | "cleanroom" | "powerKva" | "floorLoad" | "moveInBy" | "rentKnown" | "budget";
                                    labelZh: string;
                                    labelEn: string;
                                    count: number;
                                }[];
                            };
                            units: {
                                unit: {
                                    id: number;
                                    code: string;
                                    floor: number | null;
                                    areaM2: string;
                                    /** @enum {string} */
                                    use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                    /** @enum {string} */
                                    cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                    /** @enum {string} */
                                    dealType: "lease" | "sale";
                                    rentYuanPerM2Month: string | null;
                                    powerKva: string | null;
                                    floorLoadKnPerM2: string | null;
                                    availableFrom: string | null;
                                    isDemo: boolean;
                                    building: {
                                        id: number;
                                        code: string;
                                        nameZh: string;
                                    };
                                    park: {
                                        id: number;
                                        code: string;
                                        nameZh: string;
                                        nameEn: string;
                                    };
                                    zone: {
                                        code: string;
                                        nameZh: string;
                                        nameEn: string;
                                    };
                                };
                                score: number;
                                breakdown: {
                                    /** @enum {string} */
                                    key: "area" | "price" | "location" | "cleanroom" | "utilities" | "cluster";
                                    labelZh: string;
                                    labelEn: string;
                                    weight: number;
                                    score: number;
                                    points: number;
                                    inputs: {
                                        [key: string]: (string | number) | null;
                                    };
                                    explanation: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                monthlyRentYuan: string | null;
                                subsidyMonthlyYuan: string | null;
                                netMonthlyYuan: string | null;
                                subsidies: {
                                    policyId: number;
                                    benefitCode: string;
                                    labelZh: string;
                                    labelEn: string;
                                    amountYuan: string;
                                    months: number;
                                    monthlyYuan: string;
                                    formula: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                policies: {
                                    policy: {
                                        id: number;
                                        code: string;
                                        titleZh: string;
                                        titleEn: string;
                                        isDemo: boolean;
                                        hasDemoFigures: boolean;
                                    };
                                    totalYuan: string;
                                    benefits: {
                                        code: string;
                                        labelZh: string;
                                        labelEn: string;
                                        amountYuan: string | null;
                                        formula: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        demo: boolean;
                                    }[];
                                }[];
                            }[];
                            policies: {
                                policy: {
                                    id: number;
                                    code: string;
                                    titleZh: string;
                                    titleEn: string;
                                    isDemo: boolean;
                                    hasDemoFigures: boolean;
                                };
                                eligible: boolean;
                                missing: {
                                    zh: string;
                                    en: string;
                                }[];
                                benefits: {
                                    code: string;
                                    labelZh: string;
                                    labelEn: string;
                                    amountYuan: string | null;
                                    formula: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    demo: boolean;
                                }[];
                            }[];
                            partners: {
                                id: number;
                                nameZh: string;
                                nameEn: string | null;
                                isDemo: boolean;
                                /** @enum {string} */
                                relation: "upstream" | "downstream" | "peer";
                                chainLink: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                };
                                park: {
                                    id: number;
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                /** @enum {string} */
                                nearness: "same_park" | "same_zone" | "other";
                                reason: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
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
    "/api/chain-links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The industry chain links, upstream to downstream (the choices of a demand’s chain link) */
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
                                code: string;
                                segment: number;
                                nameZh: string;
                                nameEn: string;
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
    "/api/leads/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The matches kept with a lead, newest first */
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
                            items: {
                                id: number;
                                /** @description The demand as sent */
                                demand: unknown;
                                result: {
                                    asOf: string;
                                    demand: {
                                        /** @enum {string} */
                                        use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                        /** @description m² */
                                        areaMin: number;
                                        /** @description m², at least areaMin */
                                        areaMax: number;
                                        /**
                                         * @description At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)
                                         * @enum {string}
                                         */
                                        cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                        /** @description Most the monthly rent (rent × area, before subsidies) may be, yuan */
                                        budgetYuanPerMonth?: number;
                                        /**
                                         * @description Preferred zone codes
                                         * @default []
                                         */
                                        zones: string[];
                                        /**
                                         * @description Preferred park codes
                                         * @default []
                                         */
                                        parks: string[];
                                        /** @description The unit must be available on or before this day */
                                        moveInBy?: string;
                                        /** @description Minimum power supply, kVA */
                                        powerKva?: number;
                                        /** @description Minimum floor load, kN/m² */
                                        floorLoadKnPerM2?: number;
                                        /** @description Industry direction code */
                                        direction?: string;
                                        /** @description Chain link code (partners one segment up and down) */
                                        chainLink?: string;
                                        /** @description More about the investor, for the policies */
                                        profile?: {
                                            /** @description Industry direction code, e.g. high_quality_medicine */
                                            direction?: string | null;
                                            /** @description Chain link codes */
                                            chainLinks?: string[] | null;
                                            /** @description GB/T 4754 code, e.g. C2720 */
                                            industryCode?: string | null;
                                            /** @description Taiwan-funded */
                                            isTaiwanFunded?: boolean | null;
                                            /** @description Drug MAH holder */
                                            isMahHolder?: boolean | null;
                                            /** @description High-tech enterprise */
                                            isHighTech?: boolean | null;
                                            /** @description Leading enterprise */
                                            isLeading?: boolean | null;
                                            /** @description Backbone enterprise */
                                            isBackbone?: boolean | null;
                                            /** @description Registered capital (万元) */
                                            registeredCapitalWan?: number | null;
                                            /** @description Revenue (latest year) (万元) */
                                            revenueWan?: number | null;
                                            /** @description R&D spend / revenue (%) */
                                            rdRatio?: number | null;
                                            /** @description Employees (人) */
                                            employees?: number | null;
                                            /** @description Planned project investment (万元) */
                                            investmentWan?: number | null;
                                            /** @description ISO date, e.g. 2026-03-01 */
                                            settledOn?: string | null;
                                            /** @description Drug/device approvals (项) */
                                            approvals?: number | null;
                                            /** @description Qualifying talents employed (名) */
                                            talents?: number | null;
                                        };
                                        /** @default 10 */
                                        limit: number;
                                    };
                                    candidates: number;
                                    excluded: {
                                        available: number;
                                        constraints: {
                                            /** @enum {string} */
                                            key: "use" | "area" | "cleanroom" | "powerKva" | "floorLoad" | "moveInBy" | "rentKnown" | "budget";
                                            labelZh: string;
                                            labelEn: string;
                                            count: number;
                                        }[];
                                    };
                                    units: {
                                        unit: {
                                            id: number;
                                            code: string;
                                            floor: number | null;
                                            areaM2: string;
                                            /** @enum {string} */
                                            use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                            /** @enum {string} */
                                            cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                            /** @enum {string} */
                                            dealType: "lease" | "sale";
                                            rentYuanPerM2Month: string | null;
                                            powerKva: string | null;
                                            floorLoadKnPerM2: string | null;
                                            availableFrom: string | null;
                                            isDemo: boolean;
                                            building: {
                                                id: number;
                                                code: string;
                                                nameZh: string;
                                            };
                                            park: {
                                                id: number;
                                                code: string;
                                                nameZh: string;
                                                nameEn: string;
                                            };
                                            zone: {
                                                code: string;
                                                nameZh: string;
                                                nameEn: string;
                                            };
                                        };
                                        score: number;
                                        breakdown: {
                                            /** @enum {string} */
                                            key: "area" | "price" | "location" | "cleanroom" | "utilities" | "cluster";
                                            labelZh: string;
                                            labelEn: string;
                                            weight: number;
                                            score: number;
                                            points: number;
                                            inputs: {
                                                [key: string]: (string | number) | null;
                                            };
                                            explanation: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                        monthlyRentYuan: string | null;
                                        subsidyMonthlyYuan: string | null;
                                        netMonthlyYuan: string | null;
                                        subsidies: {
                                            policyId: number;
                                            benefitCode: string;
                                            labelZh: string;
                                            labelEn: string;
                                            amountYuan: string;
                                            months: number;
                                            monthlyYuan: string;
                                            formula: {
                                                zh: string;
                                                en: string;
                                            };
                                        }[];
                                        policies: {
                                            policy: {
                                                id: number;
                                                code: string;
                                                titleZh: string;
                                                titleEn: string;
                                                isDemo: boolean;
                                                hasDemoFigures: boolean;
                                            };
                                            totalYuan: string;
                                            benefits: {
                                                code: string;
                                                labelZh: string;
                                                labelEn: string;
                                                amountYuan: string | null;
                                                formula: {
                                                    zh: string;
                                                    en: string;
                                                } | null;
                                                demo: boolean;
                                            }[];
                                        }[];
                                    }[];
                                    policies: {
                                        policy: {
                                            id: number;
                                            code: string;
                                            titleZh: string;
                                            titleEn: string;
                                            isDemo: boolean;
                                            hasDemoFigures: boolean;
                                        };
                                        eligible: boolean;
                                        missing: {
                                            zh: string;
                                            en: string;
                                        }[];
                                        benefits: {
                                            code: string;
                                            labelZh: string;
                                            labelEn: string;
                                            amountYuan: string | null;
                                            formula: {
                                                zh: string;
                                                en: string;
                                            } | null;
                                            demo: boolean;
                                        }[];
                                    }[];
                                    partners: {
                                        id: number;
                                        nameZh: string;
                                        nameEn: string | null;
                                        isDemo: boolean;
                                        /** @enum {string} */
                                        relation: "upstream" | "downstream" | "peer";
                                        chainLink: {
                                            code: string;
                                            nameZh: string;
                                            nameEn: string;
                                        };
                                        park: {
                                            id: number;
                                            code: string;
                                            nameZh: string;
                                            nameEn: string;
                                        } | null;
                                        /** @enum {string} */
                                        nearness: "same_park" | "same_zone" | "other";
                                        reason: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                } | null;
                                createdBy: {
                                    id: number;
                                    displayName: string;
                                } | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Run a match for a lead and keep it with the lead (the lead's officer or an admin; audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                        /** @description m² */
                        areaMin: number;
                        /** @description m², at least areaMin */
                        areaMax: number;
                        /**
                         * @description At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)
                         * @enum {string}
                         */
                        cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                        /** @description Most the monthly rent (rent × area, before subsidies) may be, yuan */
                        budgetYuanPerMonth?: number;
                        /**
                         * @description Preferred zone codes
                         * @default []
                         */
                        zones?: string[];
                        /**
                         * @description Preferred park codes
                         * @default []
                         */
                        parks?: string[];
                        /** @description The unit must be available on or before this day */
                        moveInBy?: string;
                        /** @description Minimum power supply, kVA */
                        powerKva?: number;
                        /** @description Minimum floor load, kN/m² */
                        floorLoadKnPerM2?: number;
                        /** @description Industry direction code */
                        direction?: string;
                        /** @description Chain link code (partners one segment up and down) */
                        chainLink?: string;
                        /** @description More about the investor, for the policies */
                        profile?: {
                            /** @description Industry direction code, e.g. high_quality_medicine */
                            direction?: string | null;
                            /** @description Chain link codes */
                            chainLinks?: string[] | null;
                            /** @description GB/T 4754 code, e.g. C2720 */
                            industryCode?: string | null;
                            /** @description Taiwan-funded */
                            isTaiwanFunded?: boolean | null;
                            /** @description Drug MAH holder */
                            isMahHolder?: boolean | null;
                            /** @description High-tech enterprise */
                            isHighTech?: boolean | null;
                            /** @description Leading enterprise */
                            isLeading?: boolean | null;
                            /** @description Backbone enterprise */
                            isBackbone?: boolean | null;
                            /** @description Registered capital (万元) */
                            registeredCapitalWan?: number | null;
                            /** @description Revenue (latest year) (万元) */
                            revenueWan?: number | null;
                            /** @description R&D spend / revenue (%) */
                            rdRatio?: number | null;
                            /** @description Employees (人) */
                            employees?: number | null;
                            /** @description Planned project investment (万元) */
                            investmentWan?: number | null;
                            /** @description ISO date, e.g. 2026-03-01 */
                            settledOn?: string | null;
                            /** @description Drug/device approvals (项) */
                            approvals?: number | null;
                            /** @description Qualifying talents employed (名) */
                            talents?: number | null;
                        };
                        /** @default 10 */
                        limit?: number;
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
                            id: number;
                            /** @description The demand as sent */
                            demand: unknown;
                            result: {
                                asOf: string;
                                demand: {
                                    /** @enum {string} */
                                    use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                    /** @description m² */
                                    areaMin: number;
                                    /** @description m², at least areaMin */
                                    areaMax: number;
                                    /**
                                     * @description At least this clean: gmp_c accepts GMP C, B, A and ISO 7, 6, 5 (none: no requirement)
                                     * @enum {string}
                                     */
                                    cleanroomGrade?: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                    /** @description Most the monthly rent (rent × area, before subsidies) may be, yuan */
                                    budgetYuanPerMonth?: number;
                                    /**
                                     * @description Preferred zone codes
                                     * @default []
                                     */
                                    zones: string[];
                                    /**
                                     * @description Preferred park codes
                                     * @default []
                                     */
                                    parks: string[];
                                    /** @description The unit must be available on or before this day */
                                    moveInBy?: string;
                                    /** @description Minimum power supply, kVA */
                                    powerKva?: number;
                                    /** @description Minimum floor load, kN/m² */
                                    floorLoadKnPerM2?: number;
                                    /** @description Industry direction code */
                                    direction?: string;
                                    /** @description Chain link code (partners one segment up and down) */
                                    chainLink?: string;
                                    /** @description More about the investor, for the policies */
                                    profile?: {
                                        /** @description Industry direction code, e.g. high_quality_medicine */
                                        direction?: string | null;
                                        /** @description Chain link codes */
                                        chainLinks?: string[] | null;
                                        /** @description GB/T 4754 code, e.g. C2720 */
                                        industryCode?: string | null;
                                        /** @description Taiwan-funded */
                                        isTaiwanFunded?: boolean | null;
                                        /** @description Drug MAH holder */
                                        isMahHolder?: boolean | null;
                                        /** @description High-tech enterprise */
                                        isHighTech?: boolean | null;
                                        /** @description Leading enterprise */
                                        isLeading?: boolean | null;
                                        /** @description Backbone enterprise */
                                        isBackbone?: boolean | null;
                                        /** @description Registered capital (万元) */
                                        registeredCapitalWan?: number | null;
                                        /** @description Revenue (latest year) (万元) */
                                        revenueWan?: number | null;
                                        /** @description R&D spend / revenue (%) */
                                        rdRatio?: number | null;
                                        /** @description Employees (人) */
                                        employees?: number | null;
                                        /** @description Planned project investment (万元) */
                                        investmentWan?: number | null;
                                        /** @description ISO date, e.g. 2026-03-01 */
                                        settledOn?: string | null;
                                        /** @description Drug/device approvals (项) */
                                        approvals?: number | null;
                                        /** @description Qualifying talents employed (名) */
                                        talents?: number | null;
                                    };
                                    /** @default 10 */
                                    limit: number;
                                };
                                candidates: number;
                                excluded: {
                                    available: number;
                                    constraints: {
                                        /** @enum {string} */
                                        key: "use" | "area" | "cleanroom" | "powerKva" | "floorLoad" | "moveInBy" | "rentKnown" | "budget";
                                        labelZh: string;
                                        labelEn: string;
                                        count: number;
                                    }[];
                                };
                                units: {
                                    unit: {
                                        id: number;
                                        code: string;
                                        floor: number | null;
                                        areaM2: string;
                                        /** @enum {string} */
                                        use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel";
                                        /** @enum {string} */
                                        cleanroomGrade: "none" | "gmp_d" | "gmp_c" | "gmp_b" | "gmp_a" | "iso_8" | "iso_7" | "iso_6" | "iso_5";
                                        /** @enum {string} */
                                        dealType: "lease" | "sale";
                                        rentYuanPerM2Month: string | null;
                                        powerKva: string | null;
                                        floorLoadKnPerM2: string | null;
                                        availableFrom: string | null;
                                        isDemo: boolean;
                                        building: {
                                            id: number;
                                            code: string;
                                            nameZh: string;
                                        };
                                        park: {
                                            id: number;
                                            code: string;
                                            nameZh: string;
                                            nameEn: string;
                                        };
                                        zone: {
                                            code: string;
                                            nameZh: string;
                                            nameEn: string;
                                        };
                                    };
                                    score: number;
                                    breakdown: {
                                        /** @enum {string} */
                                        key: "area" | "price" | "location" | "cleanroom" | "utilities" | "cluster";
                                        labelZh: string;
                                        labelEn: string;
                                        weight: number;
                                        score: number;
                                        points: number;
                                        inputs: {
                                            [key: string]: (string | number) | null;
                                        };
                                        explanation: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    monthlyRentYuan: string | null;
                                    subsidyMonthlyYuan: string | null;
                                    netMonthlyYuan: string | null;
                                    subsidies: {
                                        policyId: number;
                                        benefitCode: string;
                                        labelZh: string;
                                        labelEn: string;
                                        amountYuan: string;
                                        months: number;
                                        monthlyYuan: string;
                                        formula: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                    policies: {
                                        policy: {
                                            id: number;
                                            code: string;
                                            titleZh: string;
                                            titleEn: string;
                                            isDemo: boolean;
                                            hasDemoFigures: boolean;
                                        };
                                        totalYuan: string;
                                        benefits: {
                                            code: string;
                                            labelZh: string;
                                            labelEn: string;
                                            amountYuan: string | null;
                                            formula: {
                                                zh: string;
                                                en: string;
                                            } | null;
                                            demo: boolean;
                                        }[];
                                    }[];
                                }[];
                                policies: {
                                    policy: {
                                        id: number;
                                        code: string;
                                        titleZh: string;
                                        titleEn: string;
                                        isDemo: boolean;
                                        hasDemoFigures: boolean;
                                    };
                                    eligible: boolean;
                                    missing: {
                                        zh: string;
                                        en: string;
                                    }[];
                                    benefits: {
                                        code: string;
                                        labelZh: string;
                                        labelEn: string;
                                        amountYuan: string | null;
                                        formula: {
                                            zh: string;
                                            en: string;
                                        } | null;
                                        demo: boolean;
                                    }[];
                                }[];
                                partners: {
                                    id: number;
                                    nameZh: string;
                                    nameEn: string | null;
                                    isDemo: boolean;
                                    /** @enum {string} */
                                    relation: "upstream" | "downstream" | "peer";
                                    chainLink: {
                                        code: string;
                                        nameZh: string;
                                        nameEn: string;
                                    };
                                    park: {
                                        id: number;
                                        code: string;
                                        nameZh: string;
                                        nameEn: string;
                                    } | null;
                                    /** @enum {string} */
                                    nearness: "same_park" | "same_zone" | "other";
                                    reason: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                            } | null;
                            createdBy: {
                                id: number;
                                displayName: string;
                            } | null;
                            createdAt: string;
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
    "/api/leads/{id}/match-demand": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A demand prefilled from the lead (use, area ± 20 %, zone, park, direction, chain link) */
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
                            /** @enum {string|null} */
                            use: "rd_lab" | "gmp_production" | "office" | "warehouse" | "land_parcel" | null;
                            areaMin: number | null;
                            areaMax: number | null;
                            zones: string[];
                            parks: string[];
                            direction: string | null;
                            chainLink: string | null;
                            profile: {
                                investmentWan: number | null;
                                isTaiwanFunded: boolean | null;
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
    "/api/policies/attributes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The attributes a rule may test and a profile may give, with their types and units */
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
                                key: string;
                                type: string;
                                unit: string | null;
                                integer: boolean;
                                labelZh: string;
                                labelEn: string;
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
    "/api/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The policy library (drafts for staff only) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "draft" | "published" | "expired";
                    level?: "national" | "provincial" | "municipal" | "district" | "zone";
                    zone?: string;
                    inForce?: "true" | "false";
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
                                titleZh: string;
                                titleEn: string;
                                issuerZh: string;
                                issuerEn: string;
                                /** @enum {string} */
                                level: "national" | "provincial" | "municipal" | "district" | "zone";
                                docNumber: string | null;
                                validFrom: string | null;
                                validTo: string | null;
                                /** @enum {string} */
                                status: "draft" | "published" | "expired";
                                inForce: boolean;
                                zones: string[];
                                summaryZh: string | null;
                                summaryEn: string | null;
                                version: number;
                                publishedAt: string | null;
                                updatedAt: string;
                                hasDemoFigures: boolean;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
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
        /** Add a policy (as a draft) */
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
                        /** @description Stable short name, e.g. fuzhou-mah-support */
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        issuerZh: string;
                        issuerEn: string;
                        /** @enum {string} */
                        level: "national" | "provincial" | "municipal" | "district" | "zone";
                        /**
                         * @description 文号
                         * @default null
                         */
                        docNumber?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        validFrom?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        validTo?: string | null;
                        /**
                         * @description Zone codes it applies in; empty: everywhere
                         * @default []
                         */
                        zones?: string[];
                        /** @default null */
                        summaryZh?: string | null;
                        /** @default null */
                        summaryEn?: string | null;
                        /** @default null */
                        fullText?: string | null;
                        /**
                         * @description Eligibility rule tree (docs/policy-rules.md): { all: Rule[] } | { any: Rule[] } | { not: Rule } | { attr, op, value? }
                         * @example {
                         *       "all": [
                         *         {
                         *           "attr": "isMahHolder",
                         *           "op": "is",
                         *           "value": true
                         *         },
                         *         {
                         *           "attr": "registeredCapitalWan",
                         *           "op": "gte",
                         *           "value": 500
                         *         }
                         *       ]
                         *     }
                         */
                        rule: Record<string, never>;
                        /** @default [] */
                        benefits?: {
                            code: string;
                            labelZh: string;
                            labelEn: string;
                            /** @description How the money is computed; null for a non-cash benefit */
                            formula: ({
                                /** @enum {string} */
                                kind: "rent_subsidy";
                                /** @description Percent, 0–100 */
                                percent: number;
                                months: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "one_off";
                                amountYuan: number;
                            } | {
                                /** @enum {string} */
                                kind: "per_unit";
                                /**
                                 * @description The attribute counted: approvals, talents, or any number attribute
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                /** @description Yuan per unit of the attribute as the catalogue states it */
                                amountYuan: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "percent_of";
                                /**
                                 * @description A money attribute (万元), e.g. investmentWan
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                /** @description Percent, 0–100 */
                                percent: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "tiered";
                                /** @enum {string} */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                tiers: {
                                    /** @description In the attribute’s unit */
                                    min: number;
                                    amountYuan: number;
                                }[];
                            }) | null;
                            /**
                             * @description The figures are demo parameters, not from the policy text
                             * @default false
                             */
                            demo?: boolean;
                        }[];
                        /** @description Where the text comes from: a document, a URL */
                        source: string;
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
                            id: number;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            issuerZh: string;
                            issuerEn: string;
                            /** @enum {string} */
                            level: "national" | "provincial" | "municipal" | "district" | "zone";
                            docNumber: string | null;
                            validFrom: string | null;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "draft" | "published" | "expired";
                            inForce: boolean;
                            zones: string[];
                            summaryZh: string | null;
                            summaryEn: string | null;
                            version: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            hasDemoFigures: boolean;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            fullText: string | null;
                            /** @description The eligibility rule tree */
                            rule: unknown;
                            benefits: {
                                code: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description How the money is computed; null for a non-cash benefit */
                                formula: ({
                                    /** @enum {string} */
                                    kind: "rent_subsidy";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    months: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "one_off";
                                    amountYuan: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "per_unit";
                                    /**
                                     * @description The attribute counted: approvals, talents, or any number attribute
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    /** @description Yuan per unit of the attribute as the catalogue states it */
                                    amountYuan: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "percent_of";
                                    /**
                                     * @description A money attribute (万元), e.g. investmentWan
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "tiered";
                                    /** @enum {string} */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    tiers: {
                                        /** @description In the attribute’s unit */
                                        min: number;
                                        amountYuan: number;
                                    }[];
                                }) | null;
                                /**
                                 * @description The figures are demo parameters, not from the policy text
                                 * @default false
                                 */
                                demo: boolean;
                            }[];
                            ruleText: {
                                path: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            lastRun: {
                                id: number;
                                policyVersion: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                total: number;
                                evaluated: number;
                                eligible: number;
                                nearMiss: number;
                                notified: number;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                            } | null;
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
    "/api/policies/evaluate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The policy calculator: every policy in force against an enterprise or a profile, each clause explained, amounts with their formulas, near-misses */
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
                        /** @description Evaluate a registered enterprise */
                        enterpriseId?: number;
                        /** @description An ad-hoc profile; with enterpriseId, values that replace the registry’s */
                        profile?: {
                            /** @description Industry direction code, e.g. high_quality_medicine */
                            direction?: string | null;
                            /** @description Chain link codes */
                            chainLinks?: string[] | null;
                            /** @description GB/T 4754 code, e.g. C2720 */
                            industryCode?: string | null;
                            /** @description Taiwan-funded */
                            isTaiwanFunded?: boolean | null;
                            /** @description Drug MAH holder */
                            isMahHolder?: boolean | null;
                            /** @description High-tech enterprise */
                            isHighTech?: boolean | null;
                            /** @description Leading enterprise */
                            isLeading?: boolean | null;
                            /** @description Backbone enterprise */
                            isBackbone?: boolean | null;
                            /** @description Registered capital (万元) */
                            registeredCapitalWan?: number | null;
                            /** @description Revenue (latest year) (万元) */
                            revenueWan?: number | null;
                            /** @description R&D spend / revenue (%) */
                            rdRatio?: number | null;
                            /** @description Employees (人) */
                            employees?: number | null;
                            /** @description Planned project investment (万元) */
                            investmentWan?: number | null;
                            /** @description Leased area (m²) */
                            leasedAreaM2?: number | null;
                            /** @description Rent (元/m²·月) */
                            rentYuanPerM2Month?: number | null;
                            /** @description ISO date, e.g. 2026-03-01 */
                            settledOn?: string | null;
                            /** @description Zone code */
                            zone?: string | null;
                            /** @description Block code */
                            block?: string | null;
                            /** @description Park code */
                            park?: string | null;
                            /** @description Drug/device approvals (项) */
                            approvals?: number | null;
                            /** @description Qualifying talents employed (名) */
                            talents?: number | null;
                        };
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
                            /** @description The day the validity dates were checked against */
                            asOf: string;
                            enterprise: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** @description The profile evaluated, registry and ad-hoc merged */
                            profile: {
                                [key: string]: unknown;
                            };
                            eligibleCount: number;
                            nearMissCount: number;
                            totalYuan: number;
                            results: {
                                policy: {
                                    id: number;
                                    code: string;
                                    titleZh: string;
                                    titleEn: string;
                                    issuerZh: string;
                                    issuerEn: string;
                                    /** @enum {string} */
                                    level: "national" | "provincial" | "municipal" | "district" | "zone";
                                    docNumber: string | null;
                                    /** @description Seed document file name, standard, or "demo" */
                                    source: string;
                                    /** @description Generated demo data, not fact */
                                    isDemo: boolean;
                                    hasDemoFigures: boolean;
                                };
                                eligible: boolean;
                                minFlips: number;
                                clauses: {
                                    path: string;
                                    attr: string;
                                    op: string;
                                    expected: unknown;
                                    actual: unknown;
                                    passed: boolean;
                                    negated: boolean;
                                    satisfied: boolean;
                                    missing: boolean;
                                    requirement: {
                                        zh: string;
                                        en: string;
                                    };
                                    actualText: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                nearMiss: {
                                    flips: string[];
                                    clauses: {
                                        path: string;
                                        attr: string;
                                        op: string;
                                        expected: unknown;
                                        actual: unknown;
                                        passed: boolean;
                                        negated: boolean;
                                        satisfied: boolean;
                                        missing: boolean;
                                        requirement: {
                                            zh: string;
                                            en: string;
                                        };
                                        actualText: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                } | null;
                                benefits: {
                                    code: string;
                                    labelZh: string;
                                    labelEn: string;
                                    demo: boolean;
                                    amountYuan: number | null;
                                    capped: boolean;
                                    missing: string[];
                                    formula: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    inputs: {
                                        [key: string]: number | null;
                                    };
                                }[];
                                totalYuan: number;
                            }[];
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
    "/api/policies/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The editor’s live test: an unsaved rule and benefits against an enterprise or a profile */
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
                        /**
                         * @description Eligibility rule tree (docs/policy-rules.md): { all: Rule[] } | { any: Rule[] } | { not: Rule } | { attr, op, value? }
                         * @example {
                         *       "all": [
                         *         {
                         *           "attr": "isMahHolder",
                         *           "op": "is",
                         *           "value": true
                         *         },
                         *         {
                         *           "attr": "registeredCapitalWan",
                         *           "op": "gte",
                         *           "value": 500
                         *         }
                         *       ]
                         *     }
                         */
                        rule: Record<string, never>;
                        /** @default [] */
                        zones?: string[];
                        /** @default [] */
                        benefits?: {
                            code: string;
                            labelZh: string;
                            labelEn: string;
                            /** @description How the money is computed; null for a non-cash benefit */
                            formula: ({
                                /** @enum {string} */
                                kind: "rent_subsidy";
                                /** @description Percent, 0–100 */
                                percent: number;
                                months: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "one_off";
                                amountYuan: number;
                            } | {
                                /** @enum {string} */
                                kind: "per_unit";
                                /**
                                 * @description The attribute counted: approvals, talents, or any number attribute
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                /** @description Yuan per unit of the attribute as the catalogue states it */
                                amountYuan: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "percent_of";
                                /**
                                 * @description A money attribute (万元), e.g. investmentWan
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                /** @description Percent, 0–100 */
                                percent: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "tiered";
                                /** @enum {string} */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                tiers: {
                                    /** @description In the attribute’s unit */
                                    min: number;
                                    amountYuan: number;
                                }[];
                            }) | null;
                            /**
                             * @description The figures are demo parameters, not from the policy text
                             * @default false
                             */
                            demo?: boolean;
                        }[];
                        enterpriseId?: number;
                        profile?: {
                            /** @description Industry direction code, e.g. high_quality_medicine */
                            direction?: string | null;
                            /** @description Chain link codes */
                            chainLinks?: string[] | null;
                            /** @description GB/T 4754 code, e.g. C2720 */
                            industryCode?: string | null;
                            /** @description Taiwan-funded */
                            isTaiwanFunded?: boolean | null;
                            /** @description Drug MAH holder */
                            isMahHolder?: boolean | null;
                            /** @description High-tech enterprise */
                            isHighTech?: boolean | null;
                            /** @description Leading enterprise */
                            isLeading?: boolean | null;
                            /** @description Backbone enterprise */
                            isBackbone?: boolean | null;
                            /** @description Registered capital (万元) */
                            registeredCapitalWan?: number | null;
                            /** @description Revenue (latest year) (万元) */
                            revenueWan?: number | null;
                            /** @description R&D spend / revenue (%) */
                            rdRatio?: number | null;
                            /** @description Employees (人) */
                            employees?: number | null;
                            /** @description Planned project investment (万元) */
                            investmentWan?: number | null;
                            /** @description Leased area (m²) */
                            leasedAreaM2?: number | null;
                            /** @description Rent (元/m²·月) */
                            rentYuanPerM2Month?: number | null;
                            /** @description ISO date, e.g. 2026-03-01 */
                            settledOn?: string | null;
                            /** @description Zone code */
                            zone?: string | null;
                            /** @description Block code */
                            block?: string | null;
                            /** @description Park code */
                            park?: string | null;
                            /** @description Drug/device approvals (项) */
                            approvals?: number | null;
                            /** @description Qualifying talents employed (名) */
                            talents?: number | null;
                        };
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
                            /** @description The day the validity dates were checked against */
                            asOf: string;
                            enterprise: {
                                id: number;
                                nameZh: string;
                            } | null;
                            /** @description The profile evaluated, registry and ad-hoc merged */
                            profile: {
                                [key: string]: unknown;
                            };
                            eligibleCount: number;
                            nearMissCount: number;
                            totalYuan: number;
                            results: {
                                policy: {
                                    id: number;
                                    code: string;
                                    titleZh: string;
                                    titleEn: string;
                                    issuerZh: string;
                                    issuerEn: string;
                                    /** @enum {string} */
                                    level: "national" | "provincial" | "municipal" | "district" | "zone";
                                    docNumber: string | null;
                                    /** @description Seed document file name, standard, or "demo" */
                                    source: string;
                                    /** @description Generated demo data, not fact */
                                    isDemo: boolean;
                                    hasDemoFigures: boolean;
                                };
                                eligible: boolean;
                                minFlips: number;
                                clauses: {
                                    path: string;
                                    attr: string;
                                    op: string;
                                    expected: unknown;
                                    actual: unknown;
                                    passed: boolean;
                                    negated: boolean;
                                    satisfied: boolean;
                                    missing: boolean;
                                    requirement: {
                                        zh: string;
                                        en: string;
                                    };
                                    actualText: {
                                        zh: string;
                                        en: string;
                                    };
                                }[];
                                nearMiss: {
                                    flips: string[];
                                    clauses: {
                                        path: string;
                                        attr: string;
                                        op: string;
                                        expected: unknown;
                                        actual: unknown;
                                        passed: boolean;
                                        negated: boolean;
                                        satisfied: boolean;
                                        missing: boolean;
                                        requirement: {
                                            zh: string;
                                            en: string;
                                        };
                                        actualText: {
                                            zh: string;
                                            en: string;
                                        };
                                    }[];
                                } | null;
                                benefits: {
                                    code: string;
                                    labelZh: string;
                                    labelEn: string;
                                    demo: boolean;
                                    amountYuan: number | null;
                                    capped: boolean;
                                    missing: string[];
                                    formula: {
                                        zh: string;
                                        en: string;
                                    } | null;
                                    inputs: {
                                        [key: string]: number | null;
                                    };
                                }[];
                                totalYuan: number;
                            }[];
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
    "/api/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One policy, its rule and benefits */
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
                            titleZh: string;
                            titleEn: string;
                            issuerZh: string;
                            issuerEn: string;
                            /** @enum {string} */
                            level: "national" | "provincial" | "municipal" | "district" | "zone";
                            docNumber: string | null;
                            validFrom: string | null;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "draft" | "published" | "expired";
                            inForce: boolean;
                            zones: string[];
                            summaryZh: string | null;
                            summaryEn: string | null;
                            version: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            hasDemoFigures: boolean;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            fullText: string | null;
                            /** @description The eligibility rule tree */
                            rule: unknown;
                            benefits: {
                                code: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description How the money is computed; null for a non-cash benefit */
                                formula: ({
                                    /** @enum {string} */
                                    kind: "rent_subsidy";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    months: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "one_off";
                                    amountYuan: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "per_unit";
                                    /**
                                     * @description The attribute counted: approvals, talents, or any number attribute
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    /** @description Yuan per unit of the attribute as the catalogue states it */
                                    amountYuan: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "percent_of";
                                    /**
                                     * @description A money attribute (万元), e.g. investmentWan
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "tiered";
                                    /** @enum {string} */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    tiers: {
                                        /** @description In the attribute’s unit */
                                        min: number;
                                        amountYuan: number;
                                    }[];
                                }) | null;
                                /**
                                 * @description The figures are demo parameters, not from the policy text
                                 * @default false
                                 */
                                demo: boolean;
                            }[];
                            ruleText: {
                                path: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            lastRun: {
                                id: number;
                                policyVersion: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                total: number;
                                evaluated: number;
                                eligible: number;
                                nearMiss: number;
                                notified: number;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        /** Replace a policy; a change of rule, benefits, zones or dates of a published policy matches every enterprise again */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stable short name, e.g. fuzhou-mah-support */
                        code: string;
                        titleZh: string;
                        titleEn: string;
                        issuerZh: string;
                        issuerEn: string;
                        /** @enum {string} */
                        level: "national" | "provincial" | "municipal" | "district" | "zone";
                        /**
                         * @description 文号
                         * @default null
                         */
                        docNumber?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        validFrom?: string | null;
                        /**
                         * @description YYYY-MM-DD
                         * @default null
                         */
                        validTo?: string | null;
                        /**
                         * @description Zone codes it applies in; empty: everywhere
                         * @default []
                         */
                        zones?: string[];
                        /** @default null */
                        summaryZh?: string | null;
                        /** @default null */
                        summaryEn?: string | null;
                        /** @default null */
                        fullText?: string | null;
                        /**
                         * @description Eligibility rule tree (docs/policy-rules.md): { all: Rule[] } | { any: Rule[] } | { not: Rule } | { attr, op, value? }
                         * @example {
                         *       "all": [
                         *         {
                         *           "attr": "isMahHolder",
                         *           "op": "is",
                         *           "value": true
                         *         },
                         *         {
                         *           "attr": "registeredCapitalWan",
                         *           "op": "gte",
                         *           "value": 500
                         *         }
                         *       ]
                         *     }
                         */
                        rule: Record<string, never>;
                        /** @default [] */
                        benefits?: {
                            code: string;
                            labelZh: string;
                            labelEn: string;
                            /** @description How the money is computed; null for a non-cash benefit */
                            formula: ({
                                /** @enum {string} */
                                kind: "rent_subsidy";
                                /** @description Percent, 0–100 */
                                percent: number;
                                months: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "one_off";
                                amountYuan: number;
                            } | {
                                /** @enum {string} */
                                kind: "per_unit";
                                /**
                                 * @description The attribute counted: approvals, talents, or any number attribute
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                /** @description Yuan per unit of the attribute as the catalogue states it */
                                amountYuan: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "percent_of";
                                /**
                                 * @description A money attribute (万元), e.g. investmentWan
                                 * @enum {string}
                                 */
                                attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                /** @description Percent, 0–100 */
                                percent: number;
                                capYuan?: number;
                            } | {
                                /** @enum {string} */
                                kind: "tiered";
                                /** @enum {string} */
                                attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                tiers: {
                                    /** @description In the attribute’s unit */
                                    min: number;
                                    amountYuan: number;
                                }[];
                            }) | null;
                            /**
                             * @description The figures are demo parameters, not from the policy text
                             * @default false
                             */
                            demo?: boolean;
                        }[];
                        /** @description Where the text comes from: a document, a URL */
                        source: string;
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
                            id: number;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            issuerZh: string;
                            issuerEn: string;
                            /** @enum {string} */
                            level: "national" | "provincial" | "municipal" | "district" | "zone";
                            docNumber: string | null;
                            validFrom: string | null;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "draft" | "published" | "expired";
                            inForce: boolean;
                            zones: string[];
                            summaryZh: string | null;
                            summaryEn: string | null;
                            version: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            hasDemoFigures: boolean;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            fullText: string | null;
                            /** @description The eligibility rule tree */
                            rule: unknown;
                            benefits: {
                                code: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description How the money is computed; null for a non-cash benefit */
                                formula: ({
                                    /** @enum {string} */
                                    kind: "rent_subsidy";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    months: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "one_off";
                                    amountYuan: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "per_unit";
                                    /**
                                     * @description The attribute counted: approvals, talents, or any number attribute
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    /** @description Yuan per unit of the attribute as the catalogue states it */
                                    amountYuan: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "percent_of";
                                    /**
                                     * @description A money attribute (万元), e.g. investmentWan
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "tiered";
                                    /** @enum {string} */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    tiers: {
                                        /** @description In the attribute’s unit */
                                        min: number;
                                        amountYuan: number;
                                    }[];
                                }) | null;
                                /**
                                 * @description The figures are demo parameters, not from the policy text
                                 * @default false
                                 */
                                demo: boolean;
                            }[];
                            ruleText: {
                                path: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            lastRun: {
                                id: number;
                                policyVersion: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                total: number;
                                evaluated: number;
                                eligible: number;
                                nearMiss: number;
                                notified: number;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Delete a draft policy */
        delete: {
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
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Publish (matches every enterprise: 免申即享) or expire a policy */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description published starts matching every enterprise (免申即享)
                         * @enum {string}
                         */
                        status: "draft" | "published" | "expired";
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
                            id: number;
                            code: string;
                            titleZh: string;
                            titleEn: string;
                            issuerZh: string;
                            issuerEn: string;
                            /** @enum {string} */
                            level: "national" | "provincial" | "municipal" | "district" | "zone";
                            docNumber: string | null;
                            validFrom: string | null;
                            validTo: string | null;
                            /** @enum {string} */
                            status: "draft" | "published" | "expired";
                            inForce: boolean;
                            zones: string[];
                            summaryZh: string | null;
                            summaryEn: string | null;
                            version: number;
                            publishedAt: string | null;
                            updatedAt: string;
                            hasDemoFigures: boolean;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            fullText: string | null;
                            /** @description The eligibility rule tree */
                            rule: unknown;
                            benefits: {
                                code: string;
                                labelZh: string;
                                labelEn: string;
                                /** @description How the money is computed; null for a non-cash benefit */
                                formula: ({
                                    /** @enum {string} */
                                    kind: "rent_subsidy";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    months: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "one_off";
                                    amountYuan: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "per_unit";
                                    /**
                                     * @description The attribute counted: approvals, talents, or any number attribute
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    /** @description Yuan per unit of the attribute as the catalogue states it */
                                    amountYuan: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "percent_of";
                                    /**
                                     * @description A money attribute (万元), e.g. investmentWan
                                     * @enum {string}
                                     */
                                    attr: "registeredCapitalWan" | "revenueWan" | "investmentWan";
                                    /** @description Percent, 0–100 */
                                    percent: number;
                                    capYuan?: number;
                                } | {
                                    /** @enum {string} */
                                    kind: "tiered";
                                    /** @enum {string} */
                                    attr: "registeredCapitalWan" | "revenueWan" | "rdRatio" | "employees" | "investmentWan" | "leasedAreaM2" | "rentYuanPerM2Month" | "approvals" | "talents";
                                    tiers: {
                                        /** @description In the attribute’s unit */
                                        min: number;
                                        amountYuan: number;
                                    }[];
                                }) | null;
                                /**
                                 * @description The figures are demo parameters, not from the policy text
                                 * @default false
                                 */
                                demo: boolean;
                            }[];
                            ruleText: {
                                path: string;
                                text: {
                                    zh: string;
                                    en: string;
                                };
                            }[];
                            lastRun: {
                                id: number;
                                policyVersion: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                total: number;
                                evaluated: number;
                                eligible: number;
                                nearMiss: number;
                                notified: number;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                            } | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/policies/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The proactive matching runs of a policy, newest first: progress and report */
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
                            items: {
                                id: number;
                                policyVersion: number;
                                /** @enum {string} */
                                status: "running" | "done" | "failed";
                                total: number;
                                evaluated: number;
                                eligible: number;
                                nearMiss: number;
                                notified: number;
                                error: string | null;
                                startedAt: string;
                                finishedAt: string | null;
                                durationMs: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Match the policy’s current version against every enterprise, or resume its run; a finished run is returned as it is */
        post: {
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
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            policyVersion: number;
                            /** @enum {string} */
                            status: "running" | "done" | "failed";
                            total: number;
                            evaluated: number;
                            eligible: number;
                            nearMiss: number;
                            notified: number;
                            error: string | null;
                            startedAt: string;
                            finishedAt: string | null;
                            durationMs: number | null;
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
    "/api/registry/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The enterprise registry: filtered, sorted, paged; figures of the year asked (or the latest)
         * @description Park managers see the enterprises of their parks only.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Name contains (either script) */
                    q?: string;
                    status?: "target" | "in_contact" | "settled" | "left";
                    zoneId?: number;
                    blockId?: number;
                    parkId?: number;
                    directionCode?: string;
                    chainLinkCode?: string;
                    /** @description Prefix match: a city code (350100) matches its counties, a province code (350000) the province */
                    divisionCode?: string;
                    /** @description One or more flags, all required */
                    flag?: ("mahHolder" | "taiwanFunded" | "leading" | "backbone" | "highTech")[];
                    /** @description Only firms with figures for that year; the rows then show that year's figures */
                    year?: number;
                    /** @description revenue: operating revenue, largest first */
                    sort?: "revenue" | "name";
                    page?: number;
                    pageSize?: number;
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
                                nameZh: string;
                                nameEn: string | null;
                                /** @enum {string} */
                                status: "target" | "in_contact" | "settled" | "left";
                                park: {
                                    id: number;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                direction: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                chainLink: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                flags: {
                                    mahHolder: boolean;
                                    taiwanFunded: boolean;
                                    leading: boolean;
                                    backbone: boolean;
                                    highTech: boolean;
                                };
                                uscc: string | null;
                                taiwanUbn: string | null;
                                divisionCode: string | null;
                                industryCode: string | null;
                                /** @description The year asked for, else the latest year on record */
                                figures: {
                                    year: number;
                                    operatingRevenueWan: string | null;
                                    taxWan: string | null;
                                    rdSpendWan: string | null;
                                    outputValueWan: string | null;
                                    employees: number | null;
                                    /** @description Seed document file name, standard, or "demo" */
                                    source: string;
                                    /** @description Generated demo data, not fact */
                                    isDemo: boolean;
                                } | null;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
                                isDemo: boolean;
                            }[];
                            total: number;
                            page: number;
                            pageSize: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an enterprise to the registry (park managers: in their parks) */
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
                        nameZh: string;
                        nameEn?: string | null;
                        /** @enum {string} */
                        status: "target" | "in_contact" | "settled" | "left";
                        /** @description 统一社会信用代码; unique */
                        uscc?: string | null;
                        /** @description 統一編號 of the Taiwan investor: required for, and only for, Taiwan-funded firms */
                        taiwanUbn?: string | null;
                        parkId?: number | null;
                        /** @description Its main unit; must be in the park */
                        unitId?: number | null;
                        divisionCode?: string | null;
                        directionCode?: string | null;
                        /** @description GB/T 4754 code held in industry_codes */
                        industryCode?: string | null;
                        /** @description Defaults to the link of the industry code */
                        chainLinkCode?: string | null;
                        /** @default false */
                        isMahHolder?: boolean;
                        /** @default false */
                        isTaiwanFunded?: boolean;
                        /** @default false */
                        isLeading?: boolean;
                        /** @default false */
                        isBackbone?: boolean;
                        /** @default false */
                        isHighTech?: boolean;
                        registeredCapitalWan?: string | null;
                        foundedYear?: number | null;
                        /**
                         * Format: date
                         * @description Only for settled (or departed) firms
                         */
                        settledOn?: string | null;
                        /** @description Where the record comes from */
                        source: string;
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
                            id: number;
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
    "/api/registry/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an enterprise (park managers: of their parks, and not to another park) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string | null;
                        /** @enum {string} */
                        status?: "target" | "in_contact" | "settled" | "left";
                        /** @description 统一社会信用代码; unique */
                        uscc?: string | null;
                        /** @description 統一編號 of the Taiwan investor: required for, and only for, Taiwan-funded firms */
                        taiwanUbn?: string | null;
                        parkId?: number | null;
                        /** @description Its main unit; must be in the park */
                        unitId?: number | null;
                        divisionCode?: string | null;
                        directionCode?: string | null;
                        /** @description GB/T 4754 code held in industry_codes */
                        industryCode?: string | null;
                        /** @description Defaults to the link of the industry code */
                        chainLinkCode?: string | null;
                        isMahHolder?: boolean;
                        isTaiwanFunded?: boolean;
                        isLeading?: boolean;
                        isBackbone?: boolean;
                        isHighTech?: boolean;
                        registeredCapitalWan?: string | null;
                        foundedYear?: number | null;
                        /**
                         * Format: date
                         * @description Only for settled (or departed) firms
                         */
                        settledOn?: string | null;
                        /** @description Where the record comes from */
                        source?: string;
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
                            id: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/registry/enterprises/{id}/metrics/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set one year's figures (万元) of an enterprise, with their source */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        operatingRevenueWan?: string | null;
                        taxWan?: string | null;
                        rdSpendWan?: string | null;
                        outputValueWan?: string | null;
                        employees?: number | null;
                        source: string;
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
                            created: boolean;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove one year's figures */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/enterprises/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a milestone (approval, clinical stage, PDX models, platform, product, funding, award) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                        title: string;
                        stage?: string | null;
                        quantity?: string | null;
                        /** Format: date */
                        occurredOn?: string | null;
                        source: string;
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
                            id: number;
                            /** @enum {string} */
                            kind: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                            title: string;
                            stage: string | null;
                            /** @description A count, or yuan for funding */
                            quantity: string | null;
                            occurredOn: string | null;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
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
    "/api/registry/milestones/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a milestone */
        delete: {
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a milestone */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                        title?: string;
                        stage?: string | null;
                        quantity?: string | null;
                        /** Format: date */
                        occurredOn?: string | null;
                        source?: string;
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
                            id: number;
                            /** @enum {string} */
                            kind: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                            title: string;
                            stage: string | null;
                            /** @description A count, or yuan for funding */
                            quantity: string | null;
                            occurredOn: string | null;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/registry/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered registry as the import workbook: enterprises and every year of their figures (first 50,000 firms) */
        get: {
            parameters: {
                query?: {
                    /** @description Name contains (either script) */
                    q?: string;
                    status?: "target" | "in_contact" | "settled" | "left";
                    zoneId?: number;
                    blockId?: number;
                    parkId?: number;
                    directionCode?: string;
                    chainLinkCode?: string;
                    /** @description Prefix match: a city code (350100) matches its counties, a province code (350000) the province */
                    divisionCode?: string;
                    /** @description One or more flags, all required */
                    flag?: ("mahHolder" | "taiwanFunded" | "leading" | "backbone" | "highTech")[];
                    /** @description Only firms with figures for that year; the rows then show that year's figures */
                    year?: number;
                    /** @description revenue: operating revenue, largest first */
                    sort?: "revenue" | "name";
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
                    content?: never;
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
    "/api/registry/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The registry import template: Chinese headers, instructions in both languages */
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
                    content?: never;
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
    "/api/registry/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check (dryRun=true) or import a registry workbook (.xlsx, or a CSV of one sheet)
         * @description multipart/form-data with one field "file". Enterprise rows match on the credit code: an existing firm is updated, otherwise one is created. Rows without a credit code match on name + park code: updated when found, created only when not (a blank code never clears a stored one). Metrics rows upsert by credit code (or name) + year. Rows with problems are reported by row number and column and not written; the other rows are imported. Park managers: rows of their parks only.
         */
        post: {
            parameters: {
                query?: {
                    /** @description true: check every row and report what an import would do, writing nothing */
                    dryRun?: "true" | "false";
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
                            dryRun: boolean;
                            rowsRead: number;
                            rowsRejected: number;
                            enterprises: {
                                created: number;
                                updated: number;
                                unchanged: number;
                            };
                            metrics: {
                                created: number;
                                updated: number;
                                unchanged: number;
                            };
                            errors: {
                                sheet: string;
                                /** @description As the spreadsheet shows it: the header is row 1 */
                                rowNumber: number;
                                column: string | null;
                                value: string | null;
                                message: string;
                            }[];
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
    "/api/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enterprise with its milestones, years of figures and timeline: settled and departed firms for anyone; targets and firms in talks for admins and officers only (404 for anyone else); credit codes for staff only */
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
                            nameZh: string;
                            nameEn: string | null;
                            /** @enum {string} */
                            status: "target" | "in_contact" | "settled" | "left";
                            park: {
                                id: number;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            direction: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            /** @description GB/T 4754-2017 */
                            industry: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            chainLink: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                            } | null;
                            flags: {
                                /** @description 药品上市许可持有人 (MAH) */
                                mahHolder: boolean;
                                taiwanFunded: boolean;
                                /** @description 龙头企业 */
                                leading: boolean;
                                /** @description 骨干企业 */
                                backbone: boolean;
                                /** @description 高新技术企业 */
                                highTech: boolean;
                            };
                            foundedYear: number | null;
                            registeredCapitalWan: string | null;
                            /** @description 统一社会信用代码; staff only, null for anyone else */
                            uscc: string | null;
                            /** @description 統一編號 of the Taiwan investor; staff only */
                            taiwanUbn: string | null;
                            /** @description The latest year on record */
                            metrics: {
                                year: number;
                                operatingRevenueWan: string | null;
                                taxWan: string | null;
                                rdSpendWan: string | null;
                                outputValueWan: string | null;
                                employees: number | null;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
                                isDemo: boolean;
                            } | null;
                            updatedAt: string;
                            /** @description Seed document file name, standard, or "demo" */
                            source: string;
                            /** @description Generated demo data, not fact */
                            isDemo: boolean;
                            parkId: number | null;
                            unitId: number | null;
                            divisionCode: string | null;
                            settledOn: string | null;
                            /** @description Newest first; undated ones last */
                            milestones: {
                                id: number;
                                /** @enum {string} */
                                kind: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                                title: string;
                                stage: string | null;
                                /** @description A count, or yuan for funding */
                                quantity: string | null;
                                occurredOn: string | null;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
                                isDemo: boolean;
                            }[];
                            /** @description Every year on record, newest first */
                            metricsHistory: {
                                year: number;
                                operatingRevenueWan: string | null;
                                taxWan: string | null;
                                rdSpendWan: string | null;
                                outputValueWan: string | null;
                                employees: number | null;
                                /** @description Seed document file name, standard, or "demo" */
                                source: string;
                                /** @description Generated demo data, not fact */
                                isDemo: boolean;
                            }[];
                            timeline: {
                                /** @enum {string} */
                                kind: "settled" | "milestone" | "metrics";
                                /** @description ISO date; a year of figures is dated at its end */
                                date: string | null;
                                year: number | null;
                                milestone: {
                                    id: number;
                                    /** @enum {string} */
                                    kind: "approval" | "clinical_trial" | "pdx_models" | "platform" | "product" | "funding" | "award";
                                    title: string;
                                    stage: string | null;
                                    /** @description A count, or yuan for funding */
                                    quantity: string | null;
                                    occurredOn: string | null;
                                    /** @description Seed document file name, standard, or "demo" */
                                    source: string;
                                    /** @description Generated demo data, not fact */
                                    isDemo: boolean;
                                } | null;
                                figures: {
                                    year: number;
                                    operatingRevenueWan: string | null;
                                    taxWan: string | null;
                                    rdSpendWan: string | null;
                                    outputValueWan: string | null;
                                    employees: number | null;
                                    /** @description Seed document file name, standard, or "demo" */
                                    source: string;
                                    /** @description Generated demo data, not fact */
                                    isDemo: boolean;
                                } | null;
                                source: string;
                                isDemo: boolean;
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
    "/api/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notices, unread first */
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
                            unread: number;
                            items: {
                                id: number;
                                kind: string;
                                title: string;
                                link: string | null;
                                createdAt: string;
                                read: boolean;
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
    "/api/inbox/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notices read */
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
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Notices that were unread */
                            marked: number;
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
    "/api/inbox/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notice read */
        post: {
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
    "/api/chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The industry chain map: every link with the settled enterprises, latest-year revenue, strength and gaps (optionally of one zone or park) */
        get: {
            parameters: {
                query?: {
                    zoneId?: number;
                    parkId?: number;
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
                                code: string;
                                segment: number;
                                position: number;
                                nameZh: string;
                                nameEn: string;
                                industryPrefixes: string[];
                                directionCodes: string[];
                                source: string;
                                /** @description Settled enterprises at the link in the scope */
                                settled: number;
                                /** @description Of them, those whose latest metric year shows operating revenue */
                                withRevenue: number;
                                leading: number;
                                backbone: number;
                                /** @description Operating revenue of the latest metric year at the link (sum over its settled enterprises) */
                                revenue: {
                                    year: number;
                                    yuan: string;
                                } | null;
                                /** @enum {string} */
                                level: "gap" | "weak" | "medium" | "strong";
                                /** @description The zone is weak here (see gapRule): a link to attract investment for */
                                gap: boolean;
                            }[];
                            gapRule: {
                                minSettled: number;
                                minWithRevenue: number;
                            };
                            levels: {
                                /** @enum {string} */
                                level: "gap" | "weak" | "medium" | "strong";
                                minSettled: number;
                            }[];
                            scope: {
                                zoneId: number | null;
                                parkId: number | null;
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
    "/api/chain/links/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a chain link's names, GB/T 4754 codes and directions (audited) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nameZh?: string;
                        nameEn?: string;
                        industryPrefixes?: string[];
                        directionCodes?: string[];
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
                            code: string;
                            segment: number;
                            position: number;
                            nameZh: string;
                            nameEn: string;
                            industryPrefixes: string[];
                            directionCodes: string[];
                            source: string;
                            /** @description Settled enterprises at the link in the scope */
                            settled: number;
                            /** @description Of them, those whose latest metric year shows operating revenue */
                            withRevenue: number;
                            leading: number;
                            backbone: number;
                            /** @description Operating revenue of the latest metric year at the link (sum over its settled enterprises) */
                            revenue: {
                                year: number;
                                yuan: string;
                            } | null;
                            /** @enum {string} */
                            level: "gap" | "weak" | "medium" | "strong";
                            /** @description The zone is weak here (see gapRule): a link to attract investment for */
                            gap: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Target enterprises ranked by their high-potential score, each with the score broken down per factor and the figures behind it */
        get: {
            parameters: {
                query?: {
                    chainLinkCode?: string;
                    directionCode?: string;
                    taiwanFunded?: "true" | "false";
                    limit?: number;
                    offset?: number;
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
                                enterpriseId: number;
                                rank: number;
                                nameZh: string;
                                nameEn: string | null;
                                /** @enum {string} */
                                status: "target" | "in_contact";
                                directionCode: string | null;
                                chainLink: {
                                    code: string;
                                    nameZh: string;
                                    nameEn: string;
                                } | null;
                                divisionCode: string | null;
                                isDemo: boolean;
                                score: number;
                                breakdown: {
                                    /** @enum {string} */
                                    code: "revenue_growth" | "rd_growth" | "approvals" | "funding" | "chain_gap" | "taiwan_link";
                                    labelZh: string;
                                    labelEn: string;
                                    value: number;
                                    weight: number;
                                    points: number;
                                }[];
                                figures: {
                                    /** @description Yearly revenue growth between the last two metric years, % */
                                    revenueGrowthPct: number | null;
                                    rdGrowthPct: number | null;
                                    /** @description The two metric years compared */
                                    years: (number)[] | null;
                                    /** @description Market approvals in the last 3 years */
                                    approvals: number;
                                    /** @description Funding raised in the last 3 years, yuan */
                                    fundingYuan: string;
                                    /** @description The chain gap the enterprise would fill */
                                    gapLink: {
                                        code: string;
                                        nameZh: string;
                                        nameEn: string;
                                    } | null;
                                    taiwanUbn: string | null;
                                    isTaiwanFunded: boolean;
                                };
                                computedAt: string;
                            }[];
                            total: number;
                            /** @description total is a lower bound: counting stops at 10,000 */
                            totalCapped: boolean;
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
    "/api/targets/weights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The score factors and their weights */
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
                                /** @enum {string} */
                                code: "revenue_growth" | "rd_growth" | "approvals" | "funding" | "chain_gap" | "taiwan_link";
                                weight: number;
                                position: number;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Set factor weights; every target is re-scored with them (audited) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        factors: {
                            /** @enum {string} */
                            code: "revenue_growth" | "rd_growth" | "approvals" | "funding" | "chain_gap" | "taiwan_link";
                            weight: number;
                        }[];
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
                            items: {
                                /** @enum {string} */
                                code: "revenue_growth" | "rd_growth" | "approvals" | "funding" | "chain_gap" | "taiwan_link";
                                weight: number;
                                position: number;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's saved target lists (an admin: everyone's) */
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
                                name: string;
                                chainLinkCode: string | null;
                                owner: {
                                    id: number;
                                    displayName: string;
                                };
                                createdAt: string;
                                items: number;
                                leads: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Save a new target list */
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
                        name: string;
                        chainLinkCode?: string;
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
                            id: number;
                            name: string;
                            chainLinkCode: string | null;
                            owner: {
                                id: number;
                                displayName: string;
                            };
                            createdAt: string;
                            items: number;
                            leads: number;
                            entries: {
                                enterpriseId: number;
                                nameZh: string;
                                status: string;
                                directionCode: string | null;
                                chainLinkCode: string | null;
                                scoreWhenAdded: number | null;
                                score: number | null;
                                addedAt: string;
                                lead: {
                                    id: number;
                                    reference: string;
                                    status: string;
                                    assignedTo: {
                                        id: number;
                                        displayName: string;
                                    } | null;
                                } | null;
                            }[];
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
    "/api/target-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A target list with its enterprises, scores and the leads they became */
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
                            name: string;
                            chainLinkCode: string | null;
                            owner: {
                                id: number;
                                displayName: string;
                            };
                            createdAt: string;
                            items: number;
                            leads: number;
                            entries: {
                                enterpriseId: number;
                                nameZh: string;
                                status: string;
                                directionCode: string | null;
                                chainLinkCode: string | null;
                                scoreWhenAdded: number | null;
                                score: number | null;
                                addedAt: string;
                                lead: {
                                    id: number;
                                    reference: string;
                                    status: string;
                                    assignedTo: {
                                        id: number;
                                        displayName: string;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a target list (leads made from it stay) */
        delete: {
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target-lists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add target enterprises to a list (repeats ignored) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterpriseIds: number[];
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
                            id: number;
                            name: string;
                            chainLinkCode: string | null;
                            owner: {
                                id: number;
                                displayName: string;
                            };
                            createdAt: string;
                            items: number;
                            leads: number;
                            entries: {
                                enterpriseId: number;
                                nameZh: string;
                                status: string;
                                directionCode: string | null;
                                chainLinkCode: string | null;
                                scoreWhenAdded: number | null;
                                score: number | null;
                                addedAt: string;
                                lead: {
                                    id: number;
                                    reference: string;
                                    status: string;
                                    assignedTo: {
                                        id: number;
                                        displayName: string;
                                    } | null;
                                } | null;
                            }[];
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
    "/api/target-lists/{id}/items/{enterpriseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove an enterprise from a list */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    enterpriseId: number;
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
                            name: string;
                            chainLinkCode: string | null;
                            owner: {
                                id: number;
                                displayName: string;
                            };
                            createdAt: string;
                            items: number;
                            leads: number;
                            entries: {
                                enterpriseId: number;
                                nameZh: string;
                                status: string;
                                directionCode: string | null;
                                chainLinkCode: string | null;
                                scoreWhenAdded: number | null;
                                score: number | null;
                                addedAt: string;
                                lead: {
                                    id: number;
                                    reference: string;
                                    status: string;
                                    assignedTo: {
                                        id: number;
                                        displayName: string;
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/target-lists/{id}/leads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a list's items (or the chosen ones) into leads in one transaction, assigned by the pipeline's rules; items already turned are skipped and reported */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enterpriseIds?: number[];
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
                            created: {
                                enterpriseId: number;
                                companyName: string;
                                leadId: number;
                                reference: string;
                                assignedTo: {
                                    id: number;
                                    displayName: string;
                                } | null;
                                /** @enum {string|null} */
                                rule: "direction" | "round_robin" | null;
                            }[];
                            skipped: {
                                enterpriseId: number;
                                companyName: string | null;
                                /** @enum {string} */
                                reason: "already_lead" | "open_lead" | "not_in_list";
                                leadId: number | null;
                            }[];
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
    "/api/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search parks, buildings, units, enterprises, policies and news (and, for staff, leads and projects)
         * @description Chinese-aware: simplified and traditional script, full-width and half-width, Latin and numbers. Every term must match; the last one may be the start of a word. When nothing matches, names one character away (typos) are returned with mode `similar`.
         */
        get: {
            parameters: {
                query: {
                    /** @description Words in simplified or traditional Chinese, Latin, numbers */
                    q: string;
                    /** @description Only this kind of result; the facets still count every kind */
                    type?: "park" | "building" | "unit" | "enterprise" | "policy" | "news" | "lead" | "project";
                    limit?: number;
                    offset?: number;
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
                            q: string;
                            terms: string[];
                            /** @enum {string} */
                            mode: "words" | "similar";
                            total: number;
                            capped: boolean;
                            facets: {
                                /** @enum {string} */
                                type: "park" | "building" | "unit" | "enterprise" | "policy" | "news" | "lead" | "project";
                                count: number;
                            }[];
                            items: {
                                /** @enum {string} */
                                type: "park" | "building" | "unit" | "enterprise" | "policy" | "news" | "lead" | "project";
                                id: number;
                                title: string;
                                titlePieces: {
                                    text: string;
                                    hit: boolean;
                                }[];
                                subtitle: string | null;
                                snippet: {
                                    text: string;
                                    hit: boolean;
                                }[];
                                /** @description The web page of the entity */
                                url: string;
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
    "/api/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard against the plan: targets with actual, period and progress, breakdowns by zone, block, park, direction and city, the trend, the documents’ figures (from the rollups) */
        get: {
            parameters: {
                query?: {
                    /** @description Default: the latest year computed */
                    year?: number;
                    zoneId?: number;
                    directionCode?: string;
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
                            year: number | null;
                            years: number[];
                            zoneId: number | null;
                            directionCode: string | null;
                            status: {
                                computedAt: string | null;
                                staleSince: string | null;
                                refreshing: boolean;
                                includesDemo: boolean;
                            };
                            targets: {
                                code: string;
                                metric: string;
                                /** @enum {string} */
                                scopeType: "province" | "zone" | "block" | "park";
                                scopeCode: string;
                                directionCode: string | null;
                                targetValue: string;
                                unit: string;
                                dueYear: number;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                                isReference: boolean;
                                createdAt: string;
                                scopeNameZh: string;
                                scopeNameEn: string;
                                /** @description In the target’s unit; null: no figure for the period */
                                actual: string | null;
                                period: {
                                    /** @enum {string} */
                                    kind: "year" | "today";
                                    year: number | null;
                                    date: string;
                                };
                                progressPct: number | null;
                                /** @enum {string} */
                                basis: "enterprises" | "projects" | "units";
                                basisCount: number;
                                /** @description Where the actual comes from */
                                actualSource: string;
                                rowsUrl: string;
                            }[];
                            byZone: {
                                id: number;
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                revenueYuan: string | null;
                                rdSpendYuan: string | null;
                                taxYuan: string | null;
                                enterpriseCount: number;
                                /** @description Web path of the enterprises behind the figure */
                                rowsUrl: string;
                            }[];
                            byBlock: {
                                id: number;
                                code: string;
                                zoneId: number;
                                nameZh: string;
                                nameEn: string;
                                revenueYuan: string | null;
                                rdSpendYuan: string | null;
                                taxYuan: string | null;
                                enterpriseCount: number;
                                /** @description Web path of the enterprises behind the figure */
                                rowsUrl: string;
                            }[];
                            byPark: {
                                id: number;
                                code: string;
                                zoneId: number;
                                nameZh: string;
                                nameEn: string;
                                revenueYuan: string | null;
                                rdSpendYuan: string | null;
                                taxYuan: string | null;
                                enterpriseCount: number;
                                /** @description Web path of the enterprises behind the figure */
                                rowsUrl: string;
                            }[];
                            byDirection: {
                                code: string;
                                nameZh: string;
                                nameEn: string;
                                revenueYuan: string | null;
                                rdSpendYuan: string | null;
                                taxYuan: string | null;
                                enterpriseCount: number;
                                /** @description Web path of the enterprises behind the figure */
                                rowsUrl: string;
                            }[];
                            trend: {
                                year: number;
                                province: {
                                    revenueYuan: string | null;
                                    rdSpendYuan: string | null;
                                    taxYuan: string | null;
                                    enterpriseCount: number;
                                    /** @description Web path of the enterprises behind the figure */
                                    rowsUrl: string;
                                };
                                zones: {
                                    revenueYuan: string | null;
                                    rdSpendYuan: string | null;
                                    taxYuan: string | null;
                                    enterpriseCount: number;
                                    /** @description Web path of the enterprises behind the figure */
                                    rowsUrl: string;
                                };
                            }[];
                            byCity: {
                                code: string;
                                nameZh: string;
                                revenueYuan: string | null;
                                rdSpendYuan: string | null;
                                taxYuan: string | null;
                                enterpriseCount: number;
                                /** @description Web path of the enterprises behind the figure */
                                rowsUrl: string;
                            }[];
                            references: {
                                code: string;
                                subjectType: string;
                                subjectCode: string;
                                subjectNameZh: string;
                                subjectNameEn: string;
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
    "/api/dashboard.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard as a workbook: targets, by park, by direction, trend, by city, figures */
        get: {
            parameters: {
                query?: {
                    /** @description Default: the latest year computed */
                    year?: number;
                    zoneId?: number;
                    directionCode?: string;
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
                    content?: never;
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
    "/api/plan-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Plan targets: the documents’ (reference) and those administrators added */
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
                                code: string;
                                metric: string;
                                /** @enum {string} */
                                scopeType: "province" | "zone" | "block" | "park";
                                scopeCode: string;
                                directionCode: string | null;
                                targetValue: string;
                                unit: string;
                                dueYear: number;
                                labelZh: string;
                                labelEn: string;
                                source: string;
                                isReference: boolean;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a plan target (metric, scope, optional direction, value, due year) */
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
                        /** @enum {string} */
                        metric: "pharma_operating_revenue_yuan" | "enterprises_settled" | "signed_investment_yi" | "space_occupancy_pct" | "rd_spend_yuan";
                        /** @enum {string} */
                        scopeType: "province" | "zone" | "block" | "park";
                        /** @description 350000 for the province; a zone, block or park code */
                        scopeCode: string;
                        /** @description An industry direction; omitted or null: all */
                        directionCode?: string | null;
                        /** @description In the metric’s unit: yuan, enterprises, 亿元 or percent */
                        targetValue: number;
                        dueYear: number;
                        labelZh: string;
                        labelEn: string;
                        /** @description Where the target comes from */
                        source?: string;
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
                            code: string;
                            metric: string;
                            /** @enum {string} */
                            scopeType: "province" | "zone" | "block" | "park";
                            scopeCode: string;
                            directionCode: string | null;
                            targetValue: string;
                            unit: string;
                            dueYear: number;
                            labelZh: string;
                            labelEn: string;
                            source: string;
                            isReference: boolean;
                            createdAt: string;
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
    "/api/plan-targets/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a plan target; the documents’ targets cannot be removed (409) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
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
        options?: never;
        head?: never;
        /** Change a plan target; the documents’ targets cannot be changed (409) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        metric?: "pharma_operating_revenue_yuan" | "enterprises_settled" | "signed_investment_yi" | "space_occupancy_pct" | "rd_spend_yuan";
                        /** @enum {string} */
                        scopeType?: "province" | "zone" | "block" | "park";
                        /** @description 350000 for the province; a zone, block or park code */
                        scopeCode?: string;
                        /** @description An industry direction; omitted or null: all */
                        directionCode?: string | null;
                        /** @description In the metric’s unit: yuan, enterprises, 亿元 or percent */
                        targetValue?: number;
                        dueYear?: number;
                        labelZh?: string;
                        labelEn?: string;
                        /** @description Where the target comes from */
                        source?: string;
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
                            code: string;
                            metric: string;
                            /** @enum {string} */
                            scopeType: "province" | "zone" | "block" | "park";
                            scopeCode: string;
                            directionCode: string | null;
                            targetValue: string;
                            unit: string;
                            dueYear: number;
                            labelZh: string;
                            labelEn: string;
                            source: string;
                            isReference: boolean;
                            createdAt: string;
                        };
                    };
                };
            };
        };
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
