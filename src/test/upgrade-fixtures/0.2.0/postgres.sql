--
-- PostgreSQL database dump
--

\restrict QWU8Ka9KtwUp9tiaBckSFRYiufz8hmEmmitxz5mS3qiejy1ogEbGyV7bZNFmO9V

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: admin_event_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.admin_event_entity (
    id character varying(36) NOT NULL,
    admin_event_time bigint,
    realm_id character varying(255),
    operation_type character varying(255),
    auth_realm_id character varying(255),
    auth_client_id character varying(255),
    auth_user_id character varying(255),
    ip_address character varying(255),
    resource_path character varying(2550),
    representation text,
    error character varying(255),
    resource_type character varying(64),
    details_json text
);


--
-- Name: associated_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.associated_policy (
    policy_id character varying(36) NOT NULL,
    associated_policy_id character varying(36) NOT NULL
);


--
-- Name: auth_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.auth_session (
    root_auth_session_id character varying(36) NOT NULL,
    tab_id character varying(36) NOT NULL,
    client_uuid character varying(255),
    auth_user_id character varying(255),
    "timestamp" bigint,
    version integer,
    redirect_uri text,
    action character varying(255),
    protocol character varying(255),
    client_scopes text,
    execution_status text,
    client_notes text,
    auth_notes text,
    required_actions text,
    user_session_notes text
);


--
-- Name: authentication_execution; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authentication_execution (
    id character varying(36) NOT NULL,
    alias character varying(255),
    authenticator character varying(36),
    realm_id character varying(36),
    flow_id character varying(36),
    requirement integer,
    priority integer,
    authenticator_flow boolean DEFAULT false NOT NULL,
    auth_flow_id character varying(36),
    auth_config character varying(36)
);


--
-- Name: authentication_flow; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authentication_flow (
    id character varying(36) NOT NULL,
    alias character varying(255),
    description character varying(255),
    realm_id character varying(36),
    provider_id character varying(36) DEFAULT 'basic-flow'::character varying NOT NULL,
    top_level boolean DEFAULT false NOT NULL,
    built_in boolean DEFAULT false NOT NULL
);


--
-- Name: authenticator_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authenticator_config (
    id character varying(36) NOT NULL,
    alias character varying(255),
    realm_id character varying(36)
);


--
-- Name: authenticator_config_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.authenticator_config_entry (
    authenticator_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: broker_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.broker_link (
    identity_provider character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL,
    broker_user_id character varying(255),
    broker_username character varying(255),
    token text,
    user_id character varying(255) NOT NULL
);


--
-- Name: client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client (
    id character varying(36) NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    full_scope_allowed boolean DEFAULT false NOT NULL,
    client_id character varying(255),
    not_before integer,
    public_client boolean DEFAULT false NOT NULL,
    secret character varying(255),
    base_url character varying(255),
    bearer_only boolean DEFAULT false NOT NULL,
    management_url character varying(255),
    surrogate_auth_required boolean DEFAULT false NOT NULL,
    realm_id character varying(36),
    protocol character varying(255),
    node_rereg_timeout integer DEFAULT 0,
    frontchannel_logout boolean DEFAULT false NOT NULL,
    consent_required boolean DEFAULT false NOT NULL,
    name character varying(255),
    service_accounts_enabled boolean DEFAULT false NOT NULL,
    client_authenticator_type character varying(255),
    root_url character varying(255),
    description character varying(255),
    registration_token character varying(255),
    standard_flow_enabled boolean DEFAULT true NOT NULL,
    implicit_flow_enabled boolean DEFAULT false NOT NULL,
    direct_access_grants_enabled boolean DEFAULT false NOT NULL,
    always_display_in_console boolean DEFAULT false NOT NULL,
    created_timestamp bigint,
    last_modified_timestamp bigint
);


--
-- Name: client_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_attributes (
    client_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: client_auth_flow_bindings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_auth_flow_bindings (
    client_id character varying(36) NOT NULL,
    flow_id character varying(36),
    binding_name character varying(255) NOT NULL
);


--
-- Name: client_initial_access; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_initial_access (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    "timestamp" integer,
    expiration integer,
    count integer,
    remaining_count integer
);


--
-- Name: client_node_registrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_node_registrations (
    client_id character varying(36) NOT NULL,
    value integer,
    name character varying(255) NOT NULL
);


--
-- Name: client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope (
    id character varying(36) NOT NULL,
    name character varying(255),
    realm_id character varying(36),
    description character varying(255),
    protocol character varying(255)
);


--
-- Name: client_scope_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_attributes (
    scope_id character varying(36) NOT NULL,
    value character varying(2048),
    name character varying(255) NOT NULL
);


--
-- Name: client_scope_client; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_client (
    client_id character varying(255) NOT NULL,
    scope_id character varying(255) NOT NULL,
    default_scope boolean DEFAULT false NOT NULL
);


--
-- Name: client_scope_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.client_scope_role_mapping (
    scope_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL
);


--
-- Name: cluster_event; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cluster_event (
    id character varying(36) NOT NULL,
    target_cluster character varying(200) NOT NULL,
    sender_cluster character varying(200) NOT NULL,
    event_data oid NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: component; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.component (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_id character varying(36),
    provider_id character varying(36),
    provider_type character varying(255),
    realm_id character varying(36),
    sub_type character varying(255)
);


--
-- Name: component_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.component_config (
    id character varying(36) NOT NULL,
    component_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: composite_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.composite_role (
    composite character varying(36) NOT NULL,
    child_role character varying(36) NOT NULL
);


--
-- Name: credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    user_id character varying(36),
    created_date bigint,
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer,
    version integer DEFAULT 0
);


--
-- Name: databasechangelog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_sa_login_h; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_sa_login_h (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_sa_proofin; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_sa_proofin (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_sa_recover; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_sa_recover (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_sa_referen; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_sa_referen (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangelog_sa_securit; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangelog_sa_securit (
    id character varying(255) NOT NULL,
    author character varying(255) NOT NULL,
    filename character varying(255) NOT NULL,
    dateexecuted timestamp without time zone NOT NULL,
    orderexecuted integer NOT NULL,
    exectype character varying(10) NOT NULL,
    md5sum character varying(35),
    description character varying(255),
    comments character varying(255),
    tag character varying(255),
    liquibase character varying(20),
    contexts character varying(255),
    labels character varying(255),
    deployment_id character varying(10)
);


--
-- Name: databasechangeloglock; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.databasechangeloglock (
    id integer NOT NULL,
    locked boolean NOT NULL,
    lockgranted timestamp without time zone,
    lockedby character varying(255)
);


--
-- Name: default_client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.default_client_scope (
    realm_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    default_scope boolean DEFAULT false NOT NULL
);


--
-- Name: event_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_entity (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    details_json character varying(2550),
    error character varying(255),
    ip_address character varying(255),
    realm_id character varying(255),
    session_id character varying(255),
    event_time bigint,
    type character varying(255),
    user_id character varying(255),
    details_json_long_value text
);


--
-- Name: fed_issued_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_issued_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36) NOT NULL,
    ver_credential_id character varying(36) NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint,
    client_id character varying(36),
    revision character varying(36) NOT NULL
);


--
-- Name: fed_user_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_attribute (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    value character varying(2024),
    long_value_hash bytea,
    long_value_hash_lower_case bytea,
    long_value text
);


--
-- Name: fed_user_consent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255)
);


--
-- Name: fed_user_consent_cl_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_consent_cl_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    parameter character varying(255) DEFAULT '#N A#'::character varying NOT NULL
);


--
-- Name: fed_user_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_credential (
    id character varying(36) NOT NULL,
    salt bytea,
    type character varying(255),
    created_date bigint,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    user_label character varying(255),
    secret_data text,
    credential_data text,
    priority integer
);


--
-- Name: fed_user_group_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_required_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_required_action (
    required_action character varying(255) DEFAULT ' '::character varying NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_role_mapping (
    role_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36)
);


--
-- Name: fed_user_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.fed_user_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    storage_provider_id character varying(36),
    client_scope_id character varying(36) NOT NULL,
    revision character varying(36) NOT NULL,
    user_attributes text,
    created_date bigint,
    updated_date bigint,
    version integer DEFAULT 0 NOT NULL
);


--
-- Name: federated_identity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federated_identity (
    identity_provider character varying(255) NOT NULL,
    realm_id character varying(36),
    federated_user_id character varying(255),
    federated_username character varying(255),
    token text,
    user_id character varying(36) NOT NULL
);


--
-- Name: federated_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federated_user (
    id character varying(255) NOT NULL,
    storage_provider_id character varying(255),
    realm_id character varying(36) NOT NULL
);


--
-- Name: group_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_attribute (
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    group_id character varying(36) NOT NULL
);


--
-- Name: group_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.group_role_mapping (
    role_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL
);


--
-- Name: identity_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider (
    internal_id character varying(36) NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    provider_alias character varying(255),
    provider_id character varying(255),
    store_token boolean,
    authenticate_by_default boolean,
    realm_id character varying(36),
    add_token_role boolean,
    trust_email boolean,
    first_broker_login_flow_id character varying(36),
    post_broker_login_flow_id character varying(36),
    provider_display_name character varying(255),
    link_only boolean,
    organization_id character varying(255),
    hide_on_login boolean
);


--
-- Name: identity_provider_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider_config (
    identity_provider_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: identity_provider_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.identity_provider_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    idp_alias character varying(255) NOT NULL,
    idp_mapper_name character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: idp_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idp_mapper_config (
    idp_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: issued_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.issued_ver_credential (
    id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    ver_credential_id character varying(36) NOT NULL,
    issued_at bigint NOT NULL,
    expires_at bigint,
    client_id character varying(36),
    revision character varying(36) NOT NULL
);


--
-- Name: jgroups_ping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.jgroups_ping (
    address character varying(200) NOT NULL,
    name character varying(200),
    cluster_name character varying(200) NOT NULL,
    ip character varying(200) NOT NULL,
    coord boolean,
    last_update bigint,
    coordinated_by character varying(200)
);


--
-- Name: keycloak_group; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keycloak_group (
    id character varying(36) NOT NULL,
    name character varying(255),
    parent_group character varying(36) NOT NULL,
    realm_id character varying(36),
    type integer DEFAULT 0 NOT NULL,
    description character varying(255),
    org_id character varying(255),
    created_timestamp bigint,
    last_modified_timestamp bigint
);


--
-- Name: keycloak_role; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.keycloak_role (
    id character varying(36) NOT NULL,
    client_realm_constraint character varying(255),
    client_role boolean DEFAULT false NOT NULL,
    description character varying(255),
    name character varying(255),
    realm_id character varying(255),
    client character varying(36),
    realm character varying(36)
);


--
-- Name: login_failure; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_failure (
    realm_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    failed_login_not_before bigint DEFAULT 0,
    num_failures integer DEFAULT 0,
    num_temporary_lockouts integer DEFAULT 0,
    last_failure bigint DEFAULT 0,
    last_ip_failure character varying(255),
    num_secondary_auth_failures integer DEFAULT 0
);


--
-- Name: migration_model; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.migration_model (
    id character varying(36) NOT NULL,
    version character varying(36),
    update_time bigint DEFAULT 0 NOT NULL
);


--
-- Name: offline_client_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offline_client_session (
    user_session_id character varying(36) NOT NULL,
    client_id character varying(255) NOT NULL,
    offline_flag character varying(4) NOT NULL,
    "timestamp" integer,
    data text,
    client_storage_provider character varying(36) DEFAULT 'local'::character varying NOT NULL,
    external_client_id character varying(255) DEFAULT 'local'::character varying NOT NULL,
    version integer DEFAULT 0,
    realm_id character varying(36)
);


--
-- Name: offline_user_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.offline_user_session (
    user_session_id character varying(36) NOT NULL,
    user_id character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    created_on integer NOT NULL,
    offline_flag character varying(4) NOT NULL,
    data text,
    last_session_refresh integer DEFAULT 0 NOT NULL,
    broker_session_id character varying(1024),
    version integer DEFAULT 0,
    remember_me boolean
);


--
-- Name: org; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org (
    id character varying(255) NOT NULL,
    enabled boolean NOT NULL,
    realm_id character varying(255) NOT NULL,
    group_id character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(4000),
    alias character varying(255) NOT NULL,
    redirect_url character varying(2048)
);


--
-- Name: org_domain; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_domain (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    verified boolean NOT NULL,
    org_id character varying(255) NOT NULL
);


--
-- Name: org_invitation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.org_invitation (
    id character varying(36) NOT NULL,
    organization_id character varying(255) NOT NULL,
    email character varying(255) NOT NULL,
    first_name character varying(255),
    last_name character varying(255),
    created_at integer NOT NULL,
    expires_at integer,
    invite_link character varying(2048)
);


--
-- Name: outbox_entry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox_entry (
    id character varying(36) NOT NULL,
    entry_kind character varying(64) NOT NULL,
    realm_id character varying(36) NOT NULL,
    owner_id character varying(64) NOT NULL,
    container_id character varying(64),
    correlation_id character varying(255) NOT NULL,
    entry_type character varying(256) NOT NULL,
    payload text NOT NULL,
    metadata text,
    status character varying(16) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    next_attempt_at timestamp without time zone NOT NULL,
    last_error character varying(2048),
    created_at timestamp without time zone NOT NULL,
    delivered_at timestamp without time zone
);


--
-- Name: policy_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.policy_config (
    policy_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value text
);


--
-- Name: protocol_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.protocol_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    protocol character varying(255) NOT NULL,
    protocol_mapper_name character varying(255) NOT NULL,
    client_id character varying(36),
    client_scope_id character varying(36)
);


--
-- Name: protocol_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.protocol_mapper_config (
    protocol_mapper_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: realm; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm (
    id character varying(36) NOT NULL,
    access_code_lifespan integer,
    user_action_lifespan integer,
    access_token_lifespan integer,
    account_theme character varying(255),
    admin_theme character varying(255),
    email_theme character varying(255),
    enabled boolean DEFAULT false NOT NULL,
    events_enabled boolean DEFAULT false NOT NULL,
    events_expiration bigint,
    login_theme character varying(255),
    name character varying(255),
    not_before integer,
    password_policy character varying(2550),
    registration_allowed boolean DEFAULT false NOT NULL,
    remember_me boolean DEFAULT false NOT NULL,
    reset_password_allowed boolean DEFAULT false NOT NULL,
    social boolean DEFAULT false NOT NULL,
    ssl_required character varying(255),
    sso_idle_timeout integer,
    sso_max_lifespan integer,
    update_profile_on_soc_login boolean DEFAULT false NOT NULL,
    verify_email boolean DEFAULT false NOT NULL,
    master_admin_client character varying(36),
    login_lifespan integer,
    internationalization_enabled boolean DEFAULT false NOT NULL,
    default_locale character varying(255),
    reg_email_as_username boolean DEFAULT false NOT NULL,
    admin_events_enabled boolean DEFAULT false NOT NULL,
    admin_events_details_enabled boolean DEFAULT false NOT NULL,
    edit_username_allowed boolean DEFAULT false NOT NULL,
    otp_policy_counter integer DEFAULT 0,
    otp_policy_window integer DEFAULT 1,
    otp_policy_period integer DEFAULT 30,
    otp_policy_digits integer DEFAULT 6,
    otp_policy_alg character varying(36) DEFAULT 'HmacSHA1'::character varying,
    otp_policy_type character varying(36) DEFAULT 'totp'::character varying,
    browser_flow character varying(36),
    registration_flow character varying(36),
    direct_grant_flow character varying(36),
    reset_credentials_flow character varying(36),
    client_auth_flow character varying(36),
    offline_session_idle_timeout integer DEFAULT 0,
    revoke_refresh_token boolean DEFAULT false NOT NULL,
    access_token_life_implicit integer DEFAULT 0,
    login_with_email_allowed boolean DEFAULT true NOT NULL,
    duplicate_emails_allowed boolean DEFAULT false NOT NULL,
    docker_auth_flow character varying(36),
    refresh_token_max_reuse integer DEFAULT 0,
    allow_user_managed_access boolean DEFAULT false NOT NULL,
    sso_max_lifespan_remember_me integer DEFAULT 0 NOT NULL,
    sso_idle_timeout_remember_me integer DEFAULT 0 NOT NULL,
    default_role character varying(255),
    display_name character varying(255)
);


--
-- Name: realm_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_attribute (
    name character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL,
    value text
);


--
-- Name: realm_default_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_default_groups (
    realm_id character varying(36) NOT NULL,
    group_id character varying(36) NOT NULL
);


--
-- Name: realm_enabled_event_types; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_enabled_event_types (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: realm_events_listeners; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_events_listeners (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: realm_localizations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_localizations (
    realm_id character varying(255) NOT NULL,
    locale character varying(255) NOT NULL,
    texts text NOT NULL
);


--
-- Name: realm_required_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_required_credential (
    type character varying(255) NOT NULL,
    form_label character varying(255),
    input boolean DEFAULT false NOT NULL,
    secret boolean DEFAULT false NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: realm_smtp_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_smtp_config (
    realm_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: realm_supported_locales; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.realm_supported_locales (
    realm_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: redirect_uris; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.redirect_uris (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: required_action_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.required_action_config (
    required_action_id character varying(36) NOT NULL,
    value text,
    name character varying(255) NOT NULL
);


--
-- Name: required_action_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.required_action_provider (
    id character varying(36) NOT NULL,
    alias character varying(255),
    name character varying(255),
    realm_id character varying(36),
    enabled boolean DEFAULT false NOT NULL,
    default_action boolean DEFAULT false NOT NULL,
    provider_id character varying(255),
    priority integer
);


--
-- Name: resource_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_attribute (
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255),
    resource_id character varying(36) NOT NULL
);


--
-- Name: resource_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_policy (
    resource_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL
);


--
-- Name: resource_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_scope (
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL
);


--
-- Name: resource_server; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server (
    id character varying(36) NOT NULL,
    allow_rs_remote_mgmt boolean DEFAULT false NOT NULL,
    policy_enforce_mode smallint NOT NULL,
    decision_strategy smallint DEFAULT 1 NOT NULL
);


--
-- Name: resource_server_perm_ticket; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_perm_ticket (
    id character varying(36) NOT NULL,
    owner character varying(255) NOT NULL,
    requester character varying(255) NOT NULL,
    created_timestamp bigint NOT NULL,
    granted_timestamp bigint,
    resource_id character varying(36) NOT NULL,
    scope_id character varying(36),
    resource_server_id character varying(36) NOT NULL,
    policy_id character varying(36)
);


--
-- Name: resource_server_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_policy (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    type character varying(255) NOT NULL,
    decision_strategy smallint,
    logic smallint,
    resource_server_id character varying(36) NOT NULL,
    owner character varying(255)
);


--
-- Name: resource_server_resource; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_resource (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    type character varying(255),
    icon_uri character varying(255),
    owner character varying(255) NOT NULL,
    resource_server_id character varying(36) NOT NULL,
    owner_managed_access boolean DEFAULT false NOT NULL,
    display_name character varying(255)
);


--
-- Name: resource_server_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_server_scope (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    icon_uri character varying(255),
    resource_server_id character varying(36) NOT NULL,
    display_name character varying(255)
);


--
-- Name: resource_uris; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.resource_uris (
    resource_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: revoked_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.revoked_token (
    id character varying(255) NOT NULL,
    expire bigint NOT NULL
);


--
-- Name: role_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.role_attribute (
    id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    value character varying(255)
);


--
-- Name: root_auth_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.root_auth_session (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    "timestamp" bigint,
    version integer
);


--
-- Name: sa_login_history; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_login_history (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    event_time bigint NOT NULL,
    kind character varying(40) NOT NULL,
    success boolean NOT NULL,
    client_id character varying(255),
    ip_address character varying(64),
    device character varying(120),
    device_family character varying(120),
    user_agent character varying(255),
    factor character varying(20),
    session_id character varying(36),
    detail character varying(80),
    attempts integer
);


--
-- Name: sa_login_history_tally; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_login_history_tally (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    hour_start bigint NOT NULL,
    failures integer NOT NULL
);


--
-- Name: sa_proofing; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_proofing (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    status character varying(20) NOT NULL,
    verifier character varying(40),
    person_ref character varying(100),
    verified_person_ref character varying(100),
    given_name character varying(64),
    family_name character varying(64),
    identity_matched_at bigint,
    account_matched_at bigint,
    method character varying(20),
    level_reached character varying(80),
    verified_at bigint,
    exception_reason character varying(255),
    exception_by character varying(36),
    letter_code_hash character varying(64),
    letter_id character varying(64),
    letter_sent_at bigint,
    letter_expires_at bigint,
    started_at bigint NOT NULL,
    updated_at bigint NOT NULL
);


--
-- Name: sa_proofing_funnel; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_proofing_funnel (
    realm_id character varying(36) NOT NULL,
    stage character varying(40) NOT NULL,
    total bigint NOT NULL
);


--
-- Name: sa_recovery_cancel_link; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_recovery_cancel_link (
    token_hash character varying(64) NOT NULL,
    request_id character varying(36) NOT NULL,
    channel character varying(10) NOT NULL,
    created_at bigint NOT NULL
);


--
-- Name: sa_recovery_request; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_recovery_request (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    live_key character varying(36) NOT NULL,
    route character varying(10) NOT NULL,
    status character varying(10) NOT NULL,
    requested_at bigint NOT NULL,
    ready_at bigint,
    ready_notice_at bigint,
    ends_at bigint NOT NULL,
    letter_id character varying(64),
    letter_code_hash character varying(64),
    letter_sent_at bigint,
    base_url character varying(255) NOT NULL,
    closed_at bigint,
    closed_by character varying(20)
);


--
-- Name: sa_reference_account; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_reference_account (
    id character varying(36) NOT NULL,
    person_id character varying(36) NOT NULL,
    account_type character varying(32) NOT NULL,
    number_hash character varying(64) NOT NULL,
    last4 character varying(4) NOT NULL
);


--
-- Name: sa_reference_person; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_reference_person (
    id character varying(36) NOT NULL,
    realm_id character varying(36) NOT NULL,
    tax_id_hash character varying(64) NOT NULL,
    tax_id_last4 character varying(4) NOT NULL,
    name_hash character varying(64) NOT NULL,
    dob_hash character varying(64) NOT NULL,
    filing_status_hash character varying(64) NOT NULL,
    address_hash character varying(64) NOT NULL,
    mail_name character varying(64) NOT NULL,
    mail_line1 character varying(64) NOT NULL,
    mail_line2 character varying(64),
    mail_city character varying(64) NOT NULL,
    mail_state character varying(2) NOT NULL,
    mail_zip character varying(10) NOT NULL,
    created_at bigint NOT NULL,
    updated_at bigint NOT NULL,
    import_batch_id character varying(36) NOT NULL
);


--
-- Name: sa_reference_phone; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_reference_phone (
    id character varying(36) NOT NULL,
    person_id character varying(36) NOT NULL,
    number_hash character varying(64) NOT NULL,
    last4 character varying(4) NOT NULL,
    line_type character varying(16) NOT NULL
);


--
-- Name: sa_security_counter; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sa_security_counter (
    id character varying(64) NOT NULL,
    realm_id character varying(36) NOT NULL,
    hits integer NOT NULL,
    window_start bigint NOT NULL,
    locked_until bigint NOT NULL,
    last_hit_at bigint NOT NULL,
    expires_at bigint NOT NULL,
    run_total integer DEFAULT 0 NOT NULL
);


--
-- Name: scope_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scope_mapping (
    client_id character varying(36) NOT NULL,
    role_id character varying(36) NOT NULL
);


--
-- Name: scope_policy; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scope_policy (
    scope_id character varying(36) NOT NULL,
    policy_id character varying(36) NOT NULL
);


--
-- Name: server_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_config (
    server_config_key character varying(255) NOT NULL,
    value text NOT NULL,
    version integer DEFAULT 0
);


--
-- Name: single_use_object; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.single_use_object (
    id character varying(255) NOT NULL,
    notes text,
    expire bigint NOT NULL
);


--
-- Name: user_attribute; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_attribute (
    name character varying(255) NOT NULL,
    value character varying(255),
    user_id character varying(36) NOT NULL,
    id character varying(36) DEFAULT 'sybase-needs-something-here'::character varying NOT NULL,
    long_value_hash bytea,
    long_value_hash_lower_case bytea,
    long_value text
);


--
-- Name: user_consent; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_consent (
    id character varying(36) NOT NULL,
    client_id character varying(255),
    user_id character varying(36) NOT NULL,
    created_date bigint,
    last_updated_date bigint,
    client_storage_provider character varying(36),
    external_client_id character varying(255)
);


--
-- Name: user_consent_client_scope; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_consent_client_scope (
    user_consent_id character varying(36) NOT NULL,
    scope_id character varying(36) NOT NULL,
    parameter character varying(255) DEFAULT '#N A#'::character varying NOT NULL
);


--
-- Name: user_entity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_entity (
    id character varying(36) NOT NULL,
    email character varying(255),
    email_constraint character varying(255),
    email_verified boolean DEFAULT false NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    federation_link character varying(255),
    first_name character varying(255),
    last_name character varying(255),
    realm_id character varying(255),
    username character varying(255),
    created_timestamp bigint,
    service_account_client_link character varying(255),
    not_before integer DEFAULT 0 NOT NULL,
    last_modified_timestamp bigint
);


--
-- Name: user_federation_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_config (
    user_federation_provider_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: user_federation_mapper; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_mapper (
    id character varying(36) NOT NULL,
    name character varying(255) NOT NULL,
    federation_provider_id character varying(36) NOT NULL,
    federation_mapper_type character varying(255) NOT NULL,
    realm_id character varying(36) NOT NULL
);


--
-- Name: user_federation_mapper_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_mapper_config (
    user_federation_mapper_id character varying(36) NOT NULL,
    value character varying(255),
    name character varying(255) NOT NULL
);


--
-- Name: user_federation_provider; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_federation_provider (
    id character varying(36) NOT NULL,
    changed_sync_period integer,
    display_name character varying(255),
    full_sync_period integer,
    last_sync integer,
    priority integer,
    provider_name character varying(255),
    realm_id character varying(36)
);


--
-- Name: user_group_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_group_membership (
    group_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    membership_type character varying(255) NOT NULL
);


--
-- Name: user_required_action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_required_action (
    user_id character varying(36) NOT NULL,
    required_action character varying(255) DEFAULT ' '::character varying NOT NULL
);


--
-- Name: user_role_mapping; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_role_mapping (
    role_id character varying(255) NOT NULL,
    user_id character varying(36) NOT NULL
);


--
-- Name: user_ver_credential; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_ver_credential (
    id character varying(36) NOT NULL,
    client_scope_id character varying(36) NOT NULL,
    user_id character varying(36) NOT NULL,
    revision character varying(36) NOT NULL,
    created_date bigint,
    updated_date bigint,
    user_attributes text,
    version integer
);


--
-- Name: web_origins; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.web_origins (
    client_id character varying(36) NOT NULL,
    value character varying(255) NOT NULL
);


--
-- Name: workflow_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.workflow_state (
    execution_id character varying(255) NOT NULL,
    resource_id character varying(255) NOT NULL,
    workflow_id character varying(255) NOT NULL,
    resource_type character varying(255),
    scheduled_step_id character varying(255),
    scheduled_step_timestamp bigint
);


--
-- Data for Name: admin_event_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.admin_event_entity (id, admin_event_time, realm_id, operation_type, auth_realm_id, auth_client_id, auth_user_id, ip_address, resource_path, representation, error, resource_type, details_json) FROM stdin;
679ae4c2-10a8-4988-b625-6e690bc34623	1796413560950	6519ca87-5883-4ea0-9761-687f673cbb56	ACTION	19c25565-93b7-4a6b-ad9e-9fc03b165457	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	127.0.0.1	secure-access-reference-records/import	\N	\N	SECURE_ACCESS_REFERENCE_RECORDS	{"mode":"merge","removed":"0","rejected":"0","imported":"2","complete":"true","rows":"2"}
6ed4bccd-f9e0-4c7a-955f-02a4dabb06be	1796413561161	6519ca87-5883-4ea0-9761-687f673cbb56	CREATE	19c25565-93b7-4a6b-ad9e-9fc03b165457	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	127.0.0.1	users/58b425e1-fb25-43e2-a8ef-4769f6967174	\N	\N	USER	\N
a40c848b-0553-4e07-95b0-9a9d5bc9b10b	1796413561237	6519ca87-5883-4ea0-9761-687f673cbb56	UPDATE	19c25565-93b7-4a6b-ad9e-9fc03b165457	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	127.0.0.1	secure-access-phones/users/58b425e1-fb25-43e2-a8ef-4769f6967174	\N	\N	USER	\N
adb02412-4420-4092-be9c-6922b02500b4	1796413561282	6519ca87-5883-4ea0-9761-687f673cbb56	UPDATE	19c25565-93b7-4a6b-ad9e-9fc03b165457	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	127.0.0.1	secure-access-proofing/users/58b425e1-fb25-43e2-a8ef-4769f6967174/exception	\N	\N	SECURE_ACCESS_PROOFING	{"exception_method":"in-person","proofing_method":"exception"}
31f1d2ce-66c7-4061-81e6-0158350bc089	1796413561622	6519ca87-5883-4ea0-9761-687f673cbb56	CREATE	19c25565-93b7-4a6b-ad9e-9fc03b165457	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	127.0.0.1	users/fc5ce590-4336-4f89-90f1-96ddbf140d4c	\N	\N	USER	\N
\.


--
-- Data for Name: associated_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.associated_policy (policy_id, associated_policy_id) FROM stdin;
\.


--
-- Data for Name: auth_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.auth_session (root_auth_session_id, tab_id, client_uuid, auth_user_id, "timestamp", version, redirect_uri, action, protocol, client_scopes, execution_status, client_notes, auth_notes, required_actions, user_session_notes) FROM stdin;
\.


--
-- Data for Name: authentication_execution; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authentication_execution (id, alias, authenticator, realm_id, flow_id, requirement, priority, authenticator_flow, auth_flow_id, auth_config) FROM stdin;
0480313b-8853-4fb8-8005-0a279a626bbf	\N	auth-cookie	19c25565-93b7-4a6b-ad9e-9fc03b165457	04696349-f1a3-4837-9491-c47cbf53ebe3	2	10	f	\N	\N
2427e7c6-6d9e-45e3-83c4-45a10bc7f63d	\N	auth-spnego	19c25565-93b7-4a6b-ad9e-9fc03b165457	04696349-f1a3-4837-9491-c47cbf53ebe3	3	20	f	\N	\N
f40a94d6-08ac-4c5d-80da-22f5c77e5f9a	\N	identity-provider-redirector	19c25565-93b7-4a6b-ad9e-9fc03b165457	04696349-f1a3-4837-9491-c47cbf53ebe3	2	25	f	\N	\N
16c557e3-33e0-4c50-b8bb-c8f0c6edb655	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	04696349-f1a3-4837-9491-c47cbf53ebe3	2	30	t	e2ec15d7-4163-4f8c-8c87-011f23565eea	\N
64d46cd7-a49d-4bb4-b4e2-6498969f6523	\N	auth-username-password-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	e2ec15d7-4163-4f8c-8c87-011f23565eea	0	10	f	\N	\N
eef682b3-1221-45fc-940d-acbbea8fdac3	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	e2ec15d7-4163-4f8c-8c87-011f23565eea	1	20	t	1aa92db6-404a-4f71-ac75-f70489f042bc	\N
c9fcc9aa-dfd6-4406-9ab1-08591956b075	\N	conditional-user-configured	19c25565-93b7-4a6b-ad9e-9fc03b165457	1aa92db6-404a-4f71-ac75-f70489f042bc	0	10	f	\N	\N
ad20b846-a24f-40ed-b449-2e8edb800bf0	\N	conditional-credential	19c25565-93b7-4a6b-ad9e-9fc03b165457	1aa92db6-404a-4f71-ac75-f70489f042bc	0	20	f	\N	4c25011f-1624-4e60-8ba6-73aee122fbeb
e25bb04d-c2fd-4438-93f9-23a35c1b79e1	\N	auth-otp-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	1aa92db6-404a-4f71-ac75-f70489f042bc	2	30	f	\N	\N
b8a48565-56d6-412b-bed5-d01ff0e6f69d	\N	webauthn-authenticator	19c25565-93b7-4a6b-ad9e-9fc03b165457	1aa92db6-404a-4f71-ac75-f70489f042bc	3	40	f	\N	\N
a0927167-1d9b-4172-9d46-88face6f60c9	\N	auth-recovery-authn-code-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	1aa92db6-404a-4f71-ac75-f70489f042bc	3	50	f	\N	\N
ade7f41f-4cc9-421d-94b0-ab93a86097a2	\N	direct-grant-validate-username	19c25565-93b7-4a6b-ad9e-9fc03b165457	46265def-7659-41a0-8ec4-bb079381e0e0	0	10	f	\N	\N
6f9706e1-23f7-47e2-b57b-b3207cbe1732	\N	direct-grant-validate-password	19c25565-93b7-4a6b-ad9e-9fc03b165457	46265def-7659-41a0-8ec4-bb079381e0e0	0	20	f	\N	\N
13ba8c3e-323f-42b6-b0c0-5f3150c259de	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	46265def-7659-41a0-8ec4-bb079381e0e0	1	30	t	90fdede6-b0f1-4eb6-a3ee-44f9d2489b96	\N
232fd0c1-dd32-49e0-a9cb-722391296e3c	\N	conditional-user-configured	19c25565-93b7-4a6b-ad9e-9fc03b165457	90fdede6-b0f1-4eb6-a3ee-44f9d2489b96	0	10	f	\N	\N
e8b844a7-c522-4f47-9930-b797b5485c75	\N	direct-grant-validate-otp	19c25565-93b7-4a6b-ad9e-9fc03b165457	90fdede6-b0f1-4eb6-a3ee-44f9d2489b96	0	20	f	\N	\N
ec0c3e24-882d-40f1-afeb-04419cebba9a	\N	registration-page-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	14ce0588-d5e9-45fc-a1c8-c497a46a5c49	0	10	t	acd36a6c-cfcd-4866-860a-e788dddaf9ee	\N
b3017898-c156-4c5e-b896-328e74e1b159	\N	registration-user-creation	19c25565-93b7-4a6b-ad9e-9fc03b165457	acd36a6c-cfcd-4866-860a-e788dddaf9ee	0	20	f	\N	\N
4415a036-6fa8-4e7f-af42-02240c6dd556	\N	registration-password-action	19c25565-93b7-4a6b-ad9e-9fc03b165457	acd36a6c-cfcd-4866-860a-e788dddaf9ee	0	50	f	\N	\N
2d974f2c-c1f8-4a68-8b68-6e853db32d12	\N	registration-recaptcha-action	19c25565-93b7-4a6b-ad9e-9fc03b165457	acd36a6c-cfcd-4866-860a-e788dddaf9ee	3	60	f	\N	\N
0d43bd94-75a3-4938-b82f-9ecdfcab3c81	\N	registration-terms-and-conditions	19c25565-93b7-4a6b-ad9e-9fc03b165457	acd36a6c-cfcd-4866-860a-e788dddaf9ee	3	70	f	\N	\N
77732a15-d655-4508-8bf6-944abf3bff1f	\N	reset-credentials-choose-user	19c25565-93b7-4a6b-ad9e-9fc03b165457	41d8d92c-6552-42a1-9752-6c8c140501da	0	10	f	\N	\N
a65897a0-a189-482d-859c-795ba759a81b	\N	reset-credential-email	19c25565-93b7-4a6b-ad9e-9fc03b165457	41d8d92c-6552-42a1-9752-6c8c140501da	0	20	f	\N	\N
f1cf40b8-8b5a-425e-8891-71296abda272	\N	reset-password	19c25565-93b7-4a6b-ad9e-9fc03b165457	41d8d92c-6552-42a1-9752-6c8c140501da	0	30	f	\N	\N
9a0f22cd-de65-45ec-ad3f-ecd2c3d0f530	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	41d8d92c-6552-42a1-9752-6c8c140501da	1	40	t	7b2447d0-3994-4a97-b0ae-fbb7d6b65b10	\N
d11e3c30-600c-4967-a57a-38ba05664461	\N	conditional-user-configured	19c25565-93b7-4a6b-ad9e-9fc03b165457	7b2447d0-3994-4a97-b0ae-fbb7d6b65b10	0	10	f	\N	\N
7c75f883-88a2-489d-8cab-354ea74a6964	\N	reset-otp	19c25565-93b7-4a6b-ad9e-9fc03b165457	7b2447d0-3994-4a97-b0ae-fbb7d6b65b10	0	20	f	\N	\N
98d2491f-2487-488f-b876-7607389f4bba	\N	client-secret	19c25565-93b7-4a6b-ad9e-9fc03b165457	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2	10	f	\N	\N
685294ac-ae86-471b-9aee-22a8b59cddc0	\N	client-jwt	19c25565-93b7-4a6b-ad9e-9fc03b165457	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2	20	f	\N	\N
4541ad5b-4992-4351-a19a-2ae6f53110bd	\N	client-secret-jwt	19c25565-93b7-4a6b-ad9e-9fc03b165457	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2	30	f	\N	\N
f7cc5c8f-8d5e-4bee-b7a3-c0c1f655fec6	\N	client-x509	19c25565-93b7-4a6b-ad9e-9fc03b165457	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2	40	f	\N	\N
f5515002-f256-4721-86f4-f7232da8f7fe	\N	federated-jwt	19c25565-93b7-4a6b-ad9e-9fc03b165457	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2	50	f	\N	\N
c6b1b03b-da6d-4deb-9265-8d83c4b3d752	\N	idp-review-profile	19c25565-93b7-4a6b-ad9e-9fc03b165457	2fd17aed-c0b7-4f44-abd3-c495516ae7aa	0	10	f	\N	a94b18c3-f374-4b7f-871d-c87016af7522
dc10e26c-6169-45f0-8e2c-dc0f195f322a	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	2fd17aed-c0b7-4f44-abd3-c495516ae7aa	0	20	t	2d94d12a-8d53-4e14-9343-fb8119726ed4	\N
6021cabf-6301-42c1-b746-99a56dec86f8	\N	idp-create-user-if-unique	19c25565-93b7-4a6b-ad9e-9fc03b165457	2d94d12a-8d53-4e14-9343-fb8119726ed4	2	10	f	\N	a3e7ccbd-f052-46d1-99f6-99800690e4be
f44e0775-c660-42b6-bc9c-df7fa8ffd952	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	2d94d12a-8d53-4e14-9343-fb8119726ed4	2	20	t	e184d1a5-aa18-43ce-b66b-a1fff6838fa8	\N
69565b8c-5068-440c-9faf-ded0e0589bf9	\N	idp-confirm-link	19c25565-93b7-4a6b-ad9e-9fc03b165457	e184d1a5-aa18-43ce-b66b-a1fff6838fa8	0	10	f	\N	\N
934595c3-444c-4cee-8856-d4d34b4f59fa	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	e184d1a5-aa18-43ce-b66b-a1fff6838fa8	0	20	t	4d0d6f98-6b54-476f-9968-ac5605f93f15	\N
10e9989c-310c-465f-9675-dd731b70aedd	\N	idp-email-verification	19c25565-93b7-4a6b-ad9e-9fc03b165457	4d0d6f98-6b54-476f-9968-ac5605f93f15	2	10	f	\N	\N
97e87b12-b8c6-4fd4-a819-1caf117777d3	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	4d0d6f98-6b54-476f-9968-ac5605f93f15	2	20	t	ab3df0ff-0ebe-4590-a3ac-a4b8cfe0ea55	\N
dde96f2a-f06c-4d37-8aab-ac131d48a8d2	\N	idp-username-password-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	ab3df0ff-0ebe-4590-a3ac-a4b8cfe0ea55	0	10	f	\N	\N
c88fc3e3-cf5d-43ab-9258-6adc7813009b	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	ab3df0ff-0ebe-4590-a3ac-a4b8cfe0ea55	1	20	t	9c2a7c57-7d03-436a-92a5-fd10bc752249	\N
c89de214-6c75-4128-b6c5-f5728ba5b8e6	\N	conditional-user-configured	19c25565-93b7-4a6b-ad9e-9fc03b165457	9c2a7c57-7d03-436a-92a5-fd10bc752249	0	10	f	\N	\N
1f7e15fe-e653-45b7-a3f1-ca26843ccf0d	\N	conditional-credential	19c25565-93b7-4a6b-ad9e-9fc03b165457	9c2a7c57-7d03-436a-92a5-fd10bc752249	0	20	f	\N	7870c425-750a-4f57-aec1-65f9acf4c909
c9af1389-ea2c-4f17-8a93-d7e084b8ca5d	\N	auth-otp-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	9c2a7c57-7d03-436a-92a5-fd10bc752249	2	30	f	\N	\N
9cc9054c-ba3f-4080-87ce-7e587f611ca6	\N	webauthn-authenticator	19c25565-93b7-4a6b-ad9e-9fc03b165457	9c2a7c57-7d03-436a-92a5-fd10bc752249	3	40	f	\N	\N
c620663f-8ba9-45bc-9225-c53d3f79db6b	\N	auth-recovery-authn-code-form	19c25565-93b7-4a6b-ad9e-9fc03b165457	9c2a7c57-7d03-436a-92a5-fd10bc752249	3	50	f	\N	\N
81b7d949-f641-4231-897a-4041b9749871	\N	http-basic-authenticator	19c25565-93b7-4a6b-ad9e-9fc03b165457	40aa2b24-fdf8-4329-abd5-a49308dd7eda	0	10	f	\N	\N
607ccd31-1540-47a3-9a17-aa1dedba38f5	\N	docker-http-basic-authenticator	19c25565-93b7-4a6b-ad9e-9fc03b165457	91aac953-5ac8-4d07-bfec-12befdcda968	0	10	f	\N	\N
e9e13ba7-6407-42f2-80a7-55f23c543885	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	b887ed58-35c4-4df4-b3ba-a8bdd8461fcb	0	10	t	d3b86264-9db0-41af-85e2-abe3a9a30a6a	\N
e1a6676e-3d05-4e8e-89e8-8e708bd2469a	\N	secure-access-proofing-gate	6519ca87-5883-4ea0-9761-687f673cbb56	b887ed58-35c4-4df4-b3ba-a8bdd8461fcb	0	20	f	\N	de3d3487-3869-4356-beaa-ad6c39715cd6
3babc404-e55d-45c9-9fcd-dfeb67df284f	\N	auth-cookie	6519ca87-5883-4ea0-9761-687f673cbb56	d3b86264-9db0-41af-85e2-abe3a9a30a6a	2	10	f	\N	\N
b62e453c-a917-4af2-a16e-31d9b69e7c4d	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	d3b86264-9db0-41af-85e2-abe3a9a30a6a	2	20	t	5317398f-b5be-4f30-932e-fa2acc8c5926	\N
20466d20-b35e-4f4e-8eac-8bd597c7426b	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	5317398f-b5be-4f30-932e-fa2acc8c5926	1	10	t	300ba496-5f20-4642-9547-db88f7db84c9	\N
424cac4a-f25a-4cd1-b940-6980e326cfb9	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	5317398f-b5be-4f30-932e-fa2acc8c5926	1	12	t	a9f0b90e-0736-4377-9300-35b476fb9105	\N
06f40061-7f11-4f4e-b942-a31812427e6a	\N	secure-access-security-information	6519ca87-5883-4ea0-9761-687f673cbb56	5317398f-b5be-4f30-932e-fa2acc8c5926	0	20	f	\N	\N
2dc696a7-533e-4e10-ad30-6a8b1605209a	\N	conditional-level-of-authentication	6519ca87-5883-4ea0-9761-687f673cbb56	300ba496-5f20-4642-9547-db88f7db84c9	0	10	f	\N	36b5bd41-4c99-4c85-9124-983e0e562a55
b2f2a445-1e38-46cf-bcfe-a3caae262a45	\N	secure-access-site-phrase-login	6519ca87-5883-4ea0-9761-687f673cbb56	300ba496-5f20-4642-9547-db88f7db84c9	0	20	f	\N	7dd92b11-fefd-4469-bd5b-084c0859ebd3
d6a7831f-2bac-4dae-a59e-0ed17c8e761d	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	300ba496-5f20-4642-9547-db88f7db84c9	0	30	t	15c30087-cb66-46ce-b064-fe5293f627f7	\N
3918ecdc-eb41-4f9a-b01c-1b76ee1fa4d1	\N	secure-access-second-factor-passed	6519ca87-5883-4ea0-9761-687f673cbb56	300ba496-5f20-4642-9547-db88f7db84c9	0	40	f	\N	26ac860f-6c0c-4193-9554-ecee59170362
69c963e8-4939-4703-bf45-641b2b67db80	\N	conditional-level-of-authentication	6519ca87-5883-4ea0-9761-687f673cbb56	a9f0b90e-0736-4377-9300-35b476fb9105	0	10	f	\N	5440b96f-c200-4e09-9cf7-460e485097f1
fd9c4c27-0577-4788-9f3a-a5634b1546f6	\N	secure-access-proofing-gate	6519ca87-5883-4ea0-9761-687f673cbb56	a9f0b90e-0736-4377-9300-35b476fb9105	0	20	f	\N	7f6032e2-e285-41cb-9a61-b6de824a1067
ecc2746c-b066-4efa-9178-385783277f3f	\N	secure-access-phone-from-attribute	6519ca87-5883-4ea0-9761-687f673cbb56	15c30087-cb66-46ce-b064-fe5293f627f7	0	20	f	\N	e5cf266a-9218-4a25-8603-261f881f94ca
c7aa5c3d-7ef1-47b6-a0d4-efd182724890	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	15c30087-cb66-46ce-b064-fe5293f627f7	1	30	t	7f8ded99-7324-4d78-b516-4b2d50ee96f1	\N
088d1de2-3e35-4286-9b8d-0338b1a6ed5d	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	15c30087-cb66-46ce-b064-fe5293f627f7	1	40	t	9ade8ac7-ef6e-4f7e-8fb4-1a7fdd1498ee	\N
66757364-a296-4682-a6d9-5c892bc5b9c0	\N	secure-access-has-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	0	10	f	\N	96e1ede3-8667-425a-a29f-2e8dc00babfd
06ffb732-3059-4cb0-9b99-f53176bc54a2	\N	secure-access-app-code	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	2	20	f	\N	b0515517-1f8e-445f-a22a-3ee8f8ca1bef
d9441030-63f3-42fa-88f8-f40569a27206	\N	secure-access-sms-code	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	2	30	f	\N	f7e80002-14d7-4d81-9bea-506bb01976c0
6ec31879-0ffb-41f8-bfb1-bc80298ac5e4	\N	secure-access-security-key	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	2	40	f	\N	d8959cb7-e80f-4506-b656-8acfa6d64f8c
b3646da4-f753-4ae3-992b-1f3d193eb2c5	\N	secure-access-recovery-code	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	2	50	f	\N	04c1e052-085b-4725-adf7-399403835cfa
def20458-345a-4adb-9a1f-77e5bdc91e09	\N	secure-access-lost-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	7f8ded99-7324-4d78-b516-4b2d50ee96f1	2	60	f	\N	27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08
b4be4da0-b8fc-48be-870d-3e431b1bbe7f	\N	secure-access-has-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	9ade8ac7-ef6e-4f7e-8fb4-1a7fdd1498ee	0	10	f	\N	4b1e8caa-baf6-446d-a50f-fa91eada4f95
91149e7b-ab8f-470d-8b08-f3223832f5e0	\N	secure-access-sms-code	6519ca87-5883-4ea0-9761-687f673cbb56	9ade8ac7-ef6e-4f7e-8fb4-1a7fdd1498ee	0	20	f	\N	f7e80002-14d7-4d81-9bea-506bb01976c0
d8d1ad12-a107-438b-ae57-8b0a1ef035ff	\N	reset-credentials-choose-user	6519ca87-5883-4ea0-9761-687f673cbb56	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	0	10	f	\N	\N
29e4f4c4-9a83-4cad-b4cc-9f4cd4f8a0e3	\N	reset-credential-email	6519ca87-5883-4ea0-9761-687f673cbb56	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	0	20	f	\N	\N
41f91b26-6ffa-43f6-8156-759c65603526	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	1	30	t	50281823-188c-4bbe-a318-13e3f8a67dc0	\N
d0230a26-0bf3-4696-94a3-28a3c9828351	\N	secure-access-second-factor-passed	6519ca87-5883-4ea0-9761-687f673cbb56	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	0	40	f	\N	26ac860f-6c0c-4193-9554-ecee59170362
4385c088-376d-40c4-bd57-5474de138b8a	\N	secure-access-new-password	6519ca87-5883-4ea0-9761-687f673cbb56	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	0	50	f	\N	\N
ec72b8c1-5fb5-465b-9826-d34a41bdbe9c	\N	conditional-level-of-authentication	6519ca87-5883-4ea0-9761-687f673cbb56	50281823-188c-4bbe-a318-13e3f8a67dc0	0	10	f	\N	36b5bd41-4c99-4c85-9124-983e0e562a55
a05607cc-0f29-4235-a9d1-bdff74359ed9	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	50281823-188c-4bbe-a318-13e3f8a67dc0	1	20	t	cabfb9a0-474b-499f-84c2-b7bd60b401e2	\N
379393a8-d9e1-43fa-9f1c-c7e4dabf73f8	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	50281823-188c-4bbe-a318-13e3f8a67dc0	1	30	t	6acc1c1b-fc45-41a1-bbc3-2d5f3e061d30	\N
13cd3431-68d2-4a66-bd24-a5f9235b5cdd	\N	secure-access-has-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	0	10	f	\N	96e1ede3-8667-425a-a29f-2e8dc00babfd
c88e1e67-9416-4f13-bacd-19a8446791d8	\N	secure-access-app-code	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	2	20	f	\N	b0515517-1f8e-445f-a22a-3ee8f8ca1bef
0e8cb3d1-ac93-4e27-be87-b48fb134236f	\N	secure-access-sms-code	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	2	30	f	\N	f7e80002-14d7-4d81-9bea-506bb01976c0
9a3f91b3-b51e-4a71-8ba5-6643b18eba62	\N	secure-access-security-key	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	2	40	f	\N	d8959cb7-e80f-4506-b656-8acfa6d64f8c
651a2675-11e1-43ab-877d-eeb68ebfa1c7	\N	secure-access-recovery-code	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	2	50	f	\N	04c1e052-085b-4725-adf7-399403835cfa
a6f59041-fa25-461a-a0ea-36f83874cf5d	\N	secure-access-lost-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	cabfb9a0-474b-499f-84c2-b7bd60b401e2	2	60	f	\N	27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08
2f7a1d4e-d268-418f-8ffd-32abb2f5351e	\N	secure-access-has-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56	6acc1c1b-fc45-41a1-bbc3-2d5f3e061d30	0	10	f	\N	4b1e8caa-baf6-446d-a50f-fa91eada4f95
420801ca-ba78-4298-98f7-4df26226b148	\N	secure-access-sms-code	6519ca87-5883-4ea0-9761-687f673cbb56	6acc1c1b-fc45-41a1-bbc3-2d5f3e061d30	0	20	f	\N	f7e80002-14d7-4d81-9bea-506bb01976c0
d66e8a81-71a3-41e6-abfc-97912f84f706	\N	secure-access-refuse-password-grant	6519ca87-5883-4ea0-9761-687f673cbb56	a72645f8-61a8-42c7-b634-eb57cc2273db	0	10	f	\N	\N
8e59c4bf-42fb-4a63-a9c8-2e0d9651511b	\N	registration-page-form	6519ca87-5883-4ea0-9761-687f673cbb56	e2db24b0-3968-4395-84ba-a19ec25f6b26	0	10	t	acbcab62-d456-4610-9e8d-216b78884980	\N
e02a429c-83d0-4239-a6b7-d9f661ce1879	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	e2db24b0-3968-4395-84ba-a19ec25f6b26	1	20	t	76ffceab-adfc-49a7-9b32-a79b75198612	\N
624c5ea4-7ccf-4639-b463-9f74602998c7	\N	registration-user-creation	6519ca87-5883-4ea0-9761-687f673cbb56	acbcab62-d456-4610-9e8d-216b78884980	0	20	f	\N	\N
2fc1bd11-9109-4f63-ac20-8e9647a4ba1a	\N	registration-password-action	6519ca87-5883-4ea0-9761-687f673cbb56	acbcab62-d456-4610-9e8d-216b78884980	0	50	f	\N	\N
68aca2a1-56b8-43d5-a1a3-f2bbc25c7db7	\N	registration-recaptcha-action	6519ca87-5883-4ea0-9761-687f673cbb56	acbcab62-d456-4610-9e8d-216b78884980	3	60	f	\N	\N
7960c701-34b7-4d41-901a-590b28561c23	\N	registration-terms-and-conditions	6519ca87-5883-4ea0-9761-687f673cbb56	acbcab62-d456-4610-9e8d-216b78884980	3	70	f	\N	\N
d89c380a-0260-4c02-8893-909c95a43bff	\N	conditional-level-of-authentication	6519ca87-5883-4ea0-9761-687f673cbb56	76ffceab-adfc-49a7-9b32-a79b75198612	0	10	f	\N	36b5bd41-4c99-4c85-9124-983e0e562a55
0b455294-3e13-41ac-aca0-76aafe92a039	\N	secure-access-sms-code	6519ca87-5883-4ea0-9761-687f673cbb56	76ffceab-adfc-49a7-9b32-a79b75198612	0	20	f	\N	f7e80002-14d7-4d81-9bea-506bb01976c0
0066e346-15b3-4319-857e-7757eb37a1a9	\N	secure-access-second-factor-passed	6519ca87-5883-4ea0-9761-687f673cbb56	76ffceab-adfc-49a7-9b32-a79b75198612	0	30	f	\N	26ac860f-6c0c-4193-9554-ecee59170362
b923448b-a24e-4600-9277-c9e2477cc987	\N	auth-cookie	6519ca87-5883-4ea0-9761-687f673cbb56	96693f08-2a23-481b-aa03-fe007c1d5407	2	10	f	\N	\N
98484f5d-ad56-40d3-8a56-2de8db65c882	\N	auth-spnego	6519ca87-5883-4ea0-9761-687f673cbb56	96693f08-2a23-481b-aa03-fe007c1d5407	3	20	f	\N	\N
041e1202-d856-43d6-969b-d29f6cb0c3f5	\N	identity-provider-redirector	6519ca87-5883-4ea0-9761-687f673cbb56	96693f08-2a23-481b-aa03-fe007c1d5407	2	25	f	\N	\N
64a905ba-c249-43aa-b0af-76d46f0d14b3	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	96693f08-2a23-481b-aa03-fe007c1d5407	2	30	t	11784988-980d-4505-aa9c-f5063a7ab7af	\N
24adc29e-f74a-4d2d-ad5b-6f168fbda42f	\N	auth-username-password-form	6519ca87-5883-4ea0-9761-687f673cbb56	11784988-980d-4505-aa9c-f5063a7ab7af	0	10	f	\N	\N
bc05865e-933d-43df-8a8e-338e88ae160e	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	11784988-980d-4505-aa9c-f5063a7ab7af	1	20	t	ffefab24-9648-4415-ac1a-706a6e4c8e5a	\N
a982aabe-10bd-41b7-b98b-caaf4185b537	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	ffefab24-9648-4415-ac1a-706a6e4c8e5a	0	10	f	\N	\N
68230b0a-5187-4b8d-8b8e-60aa1217e151	\N	conditional-credential	6519ca87-5883-4ea0-9761-687f673cbb56	ffefab24-9648-4415-ac1a-706a6e4c8e5a	0	20	f	\N	eaa20448-d473-4595-a520-bd3e2dcfcf7e
5425340c-61eb-4d7f-bb7b-9bb5f37fe828	\N	auth-otp-form	6519ca87-5883-4ea0-9761-687f673cbb56	ffefab24-9648-4415-ac1a-706a6e4c8e5a	2	30	f	\N	\N
92f06ef9-8ec8-4b32-9719-604e31affb49	\N	webauthn-authenticator	6519ca87-5883-4ea0-9761-687f673cbb56	ffefab24-9648-4415-ac1a-706a6e4c8e5a	3	40	f	\N	\N
88a38c1a-e745-406e-ae08-44c0899205ae	\N	auth-recovery-authn-code-form	6519ca87-5883-4ea0-9761-687f673cbb56	ffefab24-9648-4415-ac1a-706a6e4c8e5a	3	50	f	\N	\N
c4fb0990-b9eb-41d3-9934-9abd7f50b469	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	96693f08-2a23-481b-aa03-fe007c1d5407	2	26	t	484d2bca-01a0-48c5-854c-733c1b623019	\N
5b417ced-cfa2-43ef-9cc0-a3a19494d81e	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	484d2bca-01a0-48c5-854c-733c1b623019	1	10	t	5aa882c0-313c-4d41-9571-c3d9c149a8fd	\N
6f6e237f-a607-4261-859e-d70cdb9d7af8	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	5aa882c0-313c-4d41-9571-c3d9c149a8fd	0	10	f	\N	\N
b610fe29-036a-4754-a417-31f26c8fa05d	\N	organization	6519ca87-5883-4ea0-9761-687f673cbb56	5aa882c0-313c-4d41-9571-c3d9c149a8fd	2	20	f	\N	\N
7f043a46-eb85-458f-9601-315484e40b8e	\N	direct-grant-validate-username	6519ca87-5883-4ea0-9761-687f673cbb56	c33404a0-04d8-47a8-b3a4-1ee623129c57	0	10	f	\N	\N
cffc23e0-ae0c-43c6-ab2e-87307015a44f	\N	direct-grant-validate-password	6519ca87-5883-4ea0-9761-687f673cbb56	c33404a0-04d8-47a8-b3a4-1ee623129c57	0	20	f	\N	\N
2ca17f8f-b172-4938-a7ad-b2aaaa373616	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	c33404a0-04d8-47a8-b3a4-1ee623129c57	1	30	t	e03e3224-2301-49fd-b8e6-f27e5f01eb0c	\N
3c22945c-aa4a-46bc-9228-0db40eee1a7a	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	e03e3224-2301-49fd-b8e6-f27e5f01eb0c	0	10	f	\N	\N
adcdb157-f7d1-4174-a3c6-42ba3ad150af	\N	direct-grant-validate-otp	6519ca87-5883-4ea0-9761-687f673cbb56	e03e3224-2301-49fd-b8e6-f27e5f01eb0c	0	20	f	\N	\N
cb90e398-1db0-4fc9-9fc6-e071aed10ace	\N	registration-page-form	6519ca87-5883-4ea0-9761-687f673cbb56	372fb091-3e8a-4f2b-9e01-36b2057e1a41	0	10	t	74535b0d-e2eb-4d93-b48f-7bb7b93a7260	\N
23f9c500-eb61-41ea-927e-ecb8f4336f23	\N	registration-user-creation	6519ca87-5883-4ea0-9761-687f673cbb56	74535b0d-e2eb-4d93-b48f-7bb7b93a7260	0	20	f	\N	\N
697b37dd-0c1d-46ac-9918-3856add18f14	\N	registration-password-action	6519ca87-5883-4ea0-9761-687f673cbb56	74535b0d-e2eb-4d93-b48f-7bb7b93a7260	0	50	f	\N	\N
245b5d39-2856-4d43-85c5-ff2dd0caae16	\N	registration-recaptcha-action	6519ca87-5883-4ea0-9761-687f673cbb56	74535b0d-e2eb-4d93-b48f-7bb7b93a7260	3	60	f	\N	\N
91206d16-575a-4763-a5a6-6f5b1a781c1c	\N	registration-terms-and-conditions	6519ca87-5883-4ea0-9761-687f673cbb56	74535b0d-e2eb-4d93-b48f-7bb7b93a7260	3	70	f	\N	\N
b031f6f6-3370-4b37-87d3-dff8c0e1b989	\N	reset-credentials-choose-user	6519ca87-5883-4ea0-9761-687f673cbb56	73b54126-0d76-4054-ac51-e9b233ef9d17	0	10	f	\N	\N
41235c3a-7ff6-4686-9f2e-41a13c589058	\N	reset-credential-email	6519ca87-5883-4ea0-9761-687f673cbb56	73b54126-0d76-4054-ac51-e9b233ef9d17	0	20	f	\N	\N
b1459231-dab5-4884-a3e3-334e33b204af	\N	reset-password	6519ca87-5883-4ea0-9761-687f673cbb56	73b54126-0d76-4054-ac51-e9b233ef9d17	0	30	f	\N	\N
b403af06-0a99-4e97-9d40-311fcfaa47ca	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	73b54126-0d76-4054-ac51-e9b233ef9d17	1	40	t	a421a48e-7da3-4115-8600-56a297ef1576	\N
f668e364-156c-49a5-a85b-87d898bbe346	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	a421a48e-7da3-4115-8600-56a297ef1576	0	10	f	\N	\N
a43d330b-eb7e-4ca1-a956-cb8cf7f60288	\N	reset-otp	6519ca87-5883-4ea0-9761-687f673cbb56	a421a48e-7da3-4115-8600-56a297ef1576	0	20	f	\N	\N
f24c7d0e-0579-467b-a418-5761e719f61a	\N	client-secret	6519ca87-5883-4ea0-9761-687f673cbb56	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2	10	f	\N	\N
948ce9e6-b9fe-4a28-94e6-6a97fccf387c	\N	client-jwt	6519ca87-5883-4ea0-9761-687f673cbb56	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2	20	f	\N	\N
24f27018-bc14-4ba1-817b-f4d3573f60dc	\N	client-secret-jwt	6519ca87-5883-4ea0-9761-687f673cbb56	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2	30	f	\N	\N
4000c639-6033-43bc-82ff-3c98e5ace2e5	\N	client-x509	6519ca87-5883-4ea0-9761-687f673cbb56	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2	40	f	\N	\N
34ddbbbf-a24d-40f0-ba87-ef30454fec35	\N	federated-jwt	6519ca87-5883-4ea0-9761-687f673cbb56	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2	50	f	\N	\N
12fdf502-a434-42d9-ad16-63511fc599ce	\N	idp-review-profile	6519ca87-5883-4ea0-9761-687f673cbb56	252d163b-c89e-46f6-9f0f-b330e6275dae	0	10	f	\N	e3238aea-2616-4b7d-ab0a-9456713b1753
7f16a3c3-35ff-434f-baf5-5bfaddc64bbe	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	252d163b-c89e-46f6-9f0f-b330e6275dae	0	20	t	bf184a76-0d37-45ea-8976-269fe42b2534	\N
0797b60d-efae-4c3e-b372-aa6e4681dacd	\N	idp-create-user-if-unique	6519ca87-5883-4ea0-9761-687f673cbb56	bf184a76-0d37-45ea-8976-269fe42b2534	2	10	f	\N	afc9e114-e8fe-4b10-a6ea-f31499da8296
4b003543-bab3-4205-bd11-678a35fe0a78	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	bf184a76-0d37-45ea-8976-269fe42b2534	2	20	t	9cd69d2c-4e71-4489-9477-240bc557ef1c	\N
d09037a7-d944-46fb-b343-2d8cd7c8da2d	\N	idp-confirm-link	6519ca87-5883-4ea0-9761-687f673cbb56	9cd69d2c-4e71-4489-9477-240bc557ef1c	0	10	f	\N	\N
de0be26e-c4c4-4297-a193-a70e66c71f04	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	9cd69d2c-4e71-4489-9477-240bc557ef1c	0	20	t	effe29b3-dfdb-448f-8cd6-36ff26e9e7f0	\N
293aa6e7-ddd2-4f05-b110-a173e516f8dd	\N	idp-email-verification	6519ca87-5883-4ea0-9761-687f673cbb56	effe29b3-dfdb-448f-8cd6-36ff26e9e7f0	2	10	f	\N	\N
dc13f172-1993-45fd-a4a8-1fbf0f430872	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	effe29b3-dfdb-448f-8cd6-36ff26e9e7f0	2	20	t	897ca471-a9ba-4e10-ace2-0fb54b8e92c4	\N
a365500b-9672-4544-82b8-de19ba2d60e6	\N	idp-username-password-form	6519ca87-5883-4ea0-9761-687f673cbb56	897ca471-a9ba-4e10-ace2-0fb54b8e92c4	0	10	f	\N	\N
0c9c0c70-2edc-4ed5-bc35-b036da6f5cce	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	897ca471-a9ba-4e10-ace2-0fb54b8e92c4	1	20	t	052bacea-62e1-4a83-8b87-12f865b84689	\N
b8c4c050-bfb9-485b-9595-2eb3f3520795	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	052bacea-62e1-4a83-8b87-12f865b84689	0	10	f	\N	\N
8268e1a8-21ea-4921-a3a3-dc28534ce29a	\N	conditional-credential	6519ca87-5883-4ea0-9761-687f673cbb56	052bacea-62e1-4a83-8b87-12f865b84689	0	20	f	\N	22ab165d-e737-4bf5-a55f-63b1d4ef146d
3dfb968d-a5d3-4303-94a9-1263851b03ef	\N	auth-otp-form	6519ca87-5883-4ea0-9761-687f673cbb56	052bacea-62e1-4a83-8b87-12f865b84689	2	30	f	\N	\N
8fdd44af-34d8-4285-8fa5-da73548dd1b9	\N	webauthn-authenticator	6519ca87-5883-4ea0-9761-687f673cbb56	052bacea-62e1-4a83-8b87-12f865b84689	3	40	f	\N	\N
c7a4febf-0e36-458f-b6c6-108bbfad9c7d	\N	auth-recovery-authn-code-form	6519ca87-5883-4ea0-9761-687f673cbb56	052bacea-62e1-4a83-8b87-12f865b84689	3	50	f	\N	\N
66565a54-78a3-403f-a7a1-4e53cf4d4415	\N	\N	6519ca87-5883-4ea0-9761-687f673cbb56	252d163b-c89e-46f6-9f0f-b330e6275dae	1	60	t	0a0f32ac-e4cc-4633-9c96-5eb1037917b8	\N
33d5c964-876c-4afe-af3b-6bc9362a058f	\N	conditional-user-configured	6519ca87-5883-4ea0-9761-687f673cbb56	0a0f32ac-e4cc-4633-9c96-5eb1037917b8	0	10	f	\N	\N
547f218a-79ef-48ec-99d1-5664604a21e0	\N	idp-add-organization-member	6519ca87-5883-4ea0-9761-687f673cbb56	0a0f32ac-e4cc-4633-9c96-5eb1037917b8	0	20	f	\N	\N
acd7f4d0-807b-48fe-b0f0-9b83fd0dc87e	\N	http-basic-authenticator	6519ca87-5883-4ea0-9761-687f673cbb56	1db38943-d6b8-474e-8757-dff3792460e7	0	10	f	\N	\N
75b6573d-70dc-477d-8d87-79d71ffc5030	\N	docker-http-basic-authenticator	6519ca87-5883-4ea0-9761-687f673cbb56	cea0901e-109b-4f74-b3c1-cef1db7a0b4c	0	10	f	\N	\N
\.


--
-- Data for Name: authentication_flow; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authentication_flow (id, alias, description, realm_id, provider_id, top_level, built_in) FROM stdin;
04696349-f1a3-4837-9491-c47cbf53ebe3	browser	Browser based authentication	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
e2ec15d7-4163-4f8c-8c87-011f23565eea	forms	Username, password, otp and other auth forms.	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
1aa92db6-404a-4f71-ac75-f70489f042bc	Browser - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
46265def-7659-41a0-8ec4-bb079381e0e0	direct grant	OpenID Connect Resource Owner Grant	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
90fdede6-b0f1-4eb6-a3ee-44f9d2489b96	Direct Grant - Conditional OTP	Flow to determine if the OTP is required for the authentication	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
14ce0588-d5e9-45fc-a1c8-c497a46a5c49	registration	Registration flow	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
acd36a6c-cfcd-4866-860a-e788dddaf9ee	registration form	Registration form	19c25565-93b7-4a6b-ad9e-9fc03b165457	form-flow	f	t
41d8d92c-6552-42a1-9752-6c8c140501da	reset credentials	Reset credentials for a user if they forgot their password or something	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
7b2447d0-3994-4a97-b0ae-fbb7d6b65b10	Reset - Conditional OTP	Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
417f6399-c58f-4dbe-aa53-b3ee01a1ef23	clients	Base authentication for clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	client-flow	t	t
2fd17aed-c0b7-4f44-abd3-c495516ae7aa	first broker login	Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
2d94d12a-8d53-4e14-9343-fb8119726ed4	User creation or linking	Flow for the existing/non-existing user alternatives	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
e184d1a5-aa18-43ce-b66b-a1fff6838fa8	Handle Existing Account	Handle what to do if there is existing account with same email/username like authenticated identity provider	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
4d0d6f98-6b54-476f-9968-ac5605f93f15	Account verification options	Method with which to verify the existing account	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
ab3df0ff-0ebe-4590-a3ac-a4b8cfe0ea55	Verify Existing Account by Re-authentication	Reauthentication of existing account	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
9c2a7c57-7d03-436a-92a5-fd10bc752249	First broker login - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	f	t
40aa2b24-fdf8-4329-abd5-a49308dd7eda	saml ecp	SAML ECP Profile Authentication Flow	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
91aac953-5ac8-4d07-bfec-12befdcda968	docker auth	Used by Docker clients to authenticate against the IDP	19c25565-93b7-4a6b-ad9e-9fc03b165457	basic-flow	t	t
b887ed58-35c4-4df4-b3ba-a8bdd8461fcb	secure-access browser	Secure Access: an existing session or a full sign-in (password then a second factor), then identity proofing from the enforcement date, whichever way the person came in.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	f
d3b86264-9db0-41af-85e2-abe3a9a30a6a	secure-access session or sign-in	An existing session (cookie), or a full sign-in.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
5317398f-b5be-4f30-932e-fa2acc8c5926	secure-access sign-in	A full sign-in: password and a second factor (level 2, mfa); a verified identity when a client asks (level 3); then Online Security Information.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
300ba496-5f20-4642-9547-db88f7db84c9	secure-access password and second factor	Level 2 (mfa): username, then the site phrase and picture with the password, then a second factor, checked last. Level 1 (password) is never where a browser sign-in stops.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
a9f0b90e-0736-4377-9300-35b476fb9105	secure-access verified identity	Level 3 (records match): a person whose identity was verified (identity, financial account and phone or mailed code matched to the records of record). Not NIST IAL2.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
15c30087-cb66-46ce-b064-fe5293f627f7	secure-access second factor	A security code (text or app), a security key or a recovery code; first-time setup for people without one.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
7f8ded99-7324-4d78-b516-4b2d50ee96f1	secure-access choose second factor	People with a second factor choose one; the last one used comes first.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
9ade8ac7-ef6e-4f7e-8fb4-1a7fdd1498ee	secure-access first second factor	People without a second factor set up their phone before they finish signing in.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
09d2b05d-6fc3-41af-a632-ef7e2d284ab2	secure-access reset credentials	Forgot password: the emailed link, then one of the person's own second factors (or, for a person with none, a first phone proven by a code), then every session ends and a new password is asked for. Never removes or replaces a second factor.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	f
50281823-188c-4bbe-a318-13e3f8a67dc0	secure-access reset second factor	Level 2 (mfa) in a reset: one of the second factors the person already has; a person who has none sets up a first phone, proven by a code, before any session.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
cabfb9a0-474b-499f-84c2-b7bd60b401e2	secure-access reset choose second factor	The person's own second factors, as at sign-in, and the way back when none can be used; nothing is set up or removed here.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
6acc1c1b-fc45-41a1-bbc3-2d5f3e061d30	secure-access reset first second factor	People without any second factor set up their first phone before a session exists, as at a first sign-in.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
a72645f8-61a8-42c7-b634-eb57cc2273db	secure-access direct grant	No scripted login: every password grant is refused, even for a client with direct access grants switched on.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	f
e2db24b0-3968-4395-84ba-a19ec25f6b26	secure-access registration	Self-registration (off in the demo): the registration form, then the person's first phone (level 2, mfa), proven by a code before any session exists.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	f
acbcab62-d456-4610-9e8d-216b78884980	secure-access registration form	Keycloak's registration form: profile and password (checked by the realm's password policy).	6519ca87-5883-4ea0-9761-687f673cbb56	form-flow	f	f
76ffceab-adfc-49a7-9b32-a79b75198612	secure-access registration second factor	Level 2 (mfa) at registration: the new person's first phone, set up and proven by a texted code.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	f
96693f08-2a23-481b-aa03-fe007c1d5407	browser	Browser based authentication	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
11784988-980d-4505-aa9c-f5063a7ab7af	forms	Username, password, otp and other auth forms.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
ffefab24-9648-4415-ac1a-706a6e4c8e5a	Browser - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
484d2bca-01a0-48c5-854c-733c1b623019	Organization	\N	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
5aa882c0-313c-4d41-9571-c3d9c149a8fd	Browser - Conditional Organization	Flow to determine if the organization identity-first login is to be used	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
c33404a0-04d8-47a8-b3a4-1ee623129c57	direct grant	OpenID Connect Resource Owner Grant	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
e03e3224-2301-49fd-b8e6-f27e5f01eb0c	Direct Grant - Conditional OTP	Flow to determine if the OTP is required for the authentication	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
372fb091-3e8a-4f2b-9e01-36b2057e1a41	registration	Registration flow	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
74535b0d-e2eb-4d93-b48f-7bb7b93a7260	registration form	Registration form	6519ca87-5883-4ea0-9761-687f673cbb56	form-flow	f	t
73b54126-0d76-4054-ac51-e9b233ef9d17	reset credentials	Reset credentials for a user if they forgot their password or something	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
a421a48e-7da3-4115-8600-56a297ef1576	Reset - Conditional OTP	Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
7247aeea-fe12-484d-8c8a-f18dedf88bf6	clients	Base authentication for clients	6519ca87-5883-4ea0-9761-687f673cbb56	client-flow	t	t
252d163b-c89e-46f6-9f0f-b330e6275dae	first broker login	Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
bf184a76-0d37-45ea-8976-269fe42b2534	User creation or linking	Flow for the existing/non-existing user alternatives	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
9cd69d2c-4e71-4489-9477-240bc557ef1c	Handle Existing Account	Handle what to do if there is existing account with same email/username like authenticated identity provider	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
effe29b3-dfdb-448f-8cd6-36ff26e9e7f0	Account verification options	Method with which to verify the existing account	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
897ca471-a9ba-4e10-ace2-0fb54b8e92c4	Verify Existing Account by Re-authentication	Reauthentication of existing account	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
052bacea-62e1-4a83-8b87-12f865b84689	First broker login - Conditional 2FA	Flow to determine if any 2FA is required for the authentication	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
0a0f32ac-e4cc-4633-9c96-5eb1037917b8	First Broker Login - Conditional Organization	Flow to determine if the authenticator that adds organization members is to be used	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	f	t
1db38943-d6b8-474e-8757-dff3792460e7	saml ecp	SAML ECP Profile Authentication Flow	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
cea0901e-109b-4f74-b3c1-cef1db7a0b4c	docker auth	Used by Docker clients to authenticate against the IDP	6519ca87-5883-4ea0-9761-687f673cbb56	basic-flow	t	t
\.


--
-- Data for Name: authenticator_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authenticator_config (id, alias, realm_id) FROM stdin;
4c25011f-1624-4e60-8ba6-73aee122fbeb	browser-conditional-credential	19c25565-93b7-4a6b-ad9e-9fc03b165457
a94b18c3-f374-4b7f-871d-c87016af7522	review profile config	19c25565-93b7-4a6b-ad9e-9fc03b165457
a3e7ccbd-f052-46d1-99f6-99800690e4be	create unique user config	19c25565-93b7-4a6b-ad9e-9fc03b165457
7870c425-750a-4f57-aec1-65f9acf4c909	first-broker-login-conditional-credential	19c25565-93b7-4a6b-ad9e-9fc03b165457
36b5bd41-4c99-4c85-9124-983e0e562a55	sa-loa-2-mfa	6519ca87-5883-4ea0-9761-687f673cbb56
5440b96f-c200-4e09-9cf7-460e485097f1	sa-loa-3-identity	6519ca87-5883-4ea0-9761-687f673cbb56
7dd92b11-fefd-4469-bd5b-084c0859ebd3	sa-amr-pwd	6519ca87-5883-4ea0-9761-687f673cbb56
f7e80002-14d7-4d81-9bea-506bb01976c0	sa-amr-sms	6519ca87-5883-4ea0-9761-687f673cbb56
b0515517-1f8e-445f-a22a-3ee8f8ca1bef	sa-amr-otp	6519ca87-5883-4ea0-9761-687f673cbb56
d8959cb7-e80f-4506-b656-8acfa6d64f8c	sa-amr-hwk	6519ca87-5883-4ea0-9761-687f673cbb56
04c1e052-085b-4725-adf7-399403835cfa	sa-amr-recovery	6519ca87-5883-4ea0-9761-687f673cbb56
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	sa-lost-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56
96e1ede3-8667-425a-a29f-2e8dc00babfd	sa-has-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56
4b1e8caa-baf6-446d-a50f-fa91eada4f95	sa-has-no-second-factor	6519ca87-5883-4ea0-9761-687f673cbb56
e5cf266a-9218-4a25-8603-261f881f94ca	sa-phone-from-attribute	6519ca87-5883-4ea0-9761-687f673cbb56
de3d3487-3869-4356-beaa-ad6c39715cd6	sa-proofing-by-enforcement-date	6519ca87-5883-4ea0-9761-687f673cbb56
7f6032e2-e285-41cb-9a61-b6de824a1067	sa-proofing-always	6519ca87-5883-4ea0-9761-687f673cbb56
26ac860f-6c0c-4193-9554-ecee59170362	sa-second-factor-passed	6519ca87-5883-4ea0-9761-687f673cbb56
eaa20448-d473-4595-a520-bd3e2dcfcf7e	browser-conditional-credential	6519ca87-5883-4ea0-9761-687f673cbb56
e3238aea-2616-4b7d-ab0a-9456713b1753	review profile config	6519ca87-5883-4ea0-9761-687f673cbb56
afc9e114-e8fe-4b10-a6ea-f31499da8296	create unique user config	6519ca87-5883-4ea0-9761-687f673cbb56
22ab165d-e737-4bf5-a55f-63b1d4ef146d	first-broker-login-conditional-credential	6519ca87-5883-4ea0-9761-687f673cbb56
\.


--
-- Data for Name: authenticator_config_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.authenticator_config_entry (authenticator_id, value, name) FROM stdin;
4c25011f-1624-4e60-8ba6-73aee122fbeb	webauthn-passwordless	credentials
7870c425-750a-4f57-aec1-65f9acf4c909	webauthn-passwordless	credentials
a3e7ccbd-f052-46d1-99f6-99800690e4be	false	require.password.update.after.registration
a94b18c3-f374-4b7f-871d-c87016af7522	missing	update.profile.on.first.login
04c1e052-085b-4725-adf7-399403835cfa	otp	default.reference.value
04c1e052-085b-4725-adf7-399403835cfa	43200	default.reference.maxAge
22ab165d-e737-4bf5-a55f-63b1d4ef146d	webauthn-passwordless	credentials
26ac860f-6c0c-4193-9554-ecee59170362	true	allowEnrolment
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	30	letterCodeValidityDays
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	5	letterCodeEntriesPerTenMinutes
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	24	timeToFinishHours
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	3	waitRequestsPerDay
27fff66c-3fbc-40b7-8a33-a6cc3ac7ce08	24	waitHours
36b5bd41-4c99-4c85-9124-983e0e562a55	2	loa-condition-level
36b5bd41-4c99-4c85-9124-983e0e562a55	43200	loa-max-age
4b1e8caa-baf6-446d-a50f-fa91eada4f95	not-configured	expect
5440b96f-c200-4e09-9cf7-460e485097f1	3	loa-condition-level
5440b96f-c200-4e09-9cf7-460e485097f1	43200	loa-max-age
7dd92b11-fefd-4469-bd5b-084c0859ebd3	pwd	default.reference.value
7dd92b11-fefd-4469-bd5b-084c0859ebd3	43200	default.reference.maxAge
7f6032e2-e285-41cb-9a61-b6de824a1067	always	mode
96e1ede3-8667-425a-a29f-2e8dc00babfd	configured	expect
afc9e114-e8fe-4b10-a6ea-f31499da8296	false	require.password.update.after.registration
b0515517-1f8e-445f-a22a-3ee8f8ca1bef	otp	default.reference.value
b0515517-1f8e-445f-a22a-3ee8f8ca1bef	43200	default.reference.maxAge
d8959cb7-e80f-4506-b656-8acfa6d64f8c	hwk	default.reference.value
d8959cb7-e80f-4506-b656-8acfa6d64f8c	43200	default.reference.maxAge
de3d3487-3869-4356-beaa-ad6c39715cd6	enforcement-date	mode
e3238aea-2616-4b7d-ab0a-9456713b1753	missing	update.profile.on.first.login
e5cf266a-9218-4a25-8603-261f881f94ca	phoneNumber	attribute
eaa20448-d473-4595-a520-bd3e2dcfcf7e	webauthn-passwordless	credentials
f7e80002-14d7-4d81-9bea-506bb01976c0	sms	default.reference.value
f7e80002-14d7-4d81-9bea-506bb01976c0	43200	default.reference.maxAge
\.


--
-- Data for Name: broker_link; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.broker_link (identity_provider, storage_provider_id, realm_id, broker_user_id, broker_username, token, user_id) FROM stdin;
\.


--
-- Data for Name: client; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client (id, enabled, full_scope_allowed, client_id, not_before, public_client, secret, base_url, bearer_only, management_url, surrogate_auth_required, realm_id, protocol, node_rereg_timeout, frontchannel_logout, consent_required, name, service_accounts_enabled, client_authenticator_type, root_url, description, registration_token, standard_flow_enabled, implicit_flow_enabled, direct_access_grants_enabled, always_display_in_console, created_timestamp, last_modified_timestamp) FROM stdin;
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	f	master-realm	0	f	\N	\N	t	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	0	f	f	master Realm	f	client-secret	\N	\N	\N	t	f	f	f	1796413549812	1796413549816
185e42de-3664-4009-becb-673b06c722b4	t	f	account	0	t	\N	/realms/master/account/	f	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	openid-connect	0	f	f	${client_account}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796413549916	1796413549945
2c8b0951-4844-48b1-afa7-2c56991e89d5	t	f	account-console	0	t	\N	/realms/master/account/	f	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	openid-connect	0	f	f	${client_account-console}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796413549963	1796413549967
e917eccc-94ff-4393-8870-fea2b8fcaa5b	t	f	broker	0	f	\N	\N	t	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	openid-connect	0	f	f	${client_broker}	f	client-secret	\N	\N	\N	t	f	f	f	1796413549972	1796413549978
299942c7-9e37-4444-a388-9d2d27dd5e70	t	t	security-admin-console	0	t	\N	/admin/master/console/	f	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	openid-connect	0	f	f	${client_security-admin-console}	f	client-secret	${authAdminUrl}	\N	\N	t	f	f	f	1796413549982	1796413549987
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	t	t	admin-cli	0	t	\N	\N	f	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	openid-connect	0	f	f	${client_admin-cli}	f	client-secret	\N	\N	\N	f	f	t	f	1796413550002	1796413550012
8b1391c0-df5b-487a-8158-47cc3e0b546f	t	f	secure-access-realm	0	f	\N	\N	t	\N	f	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	0	f	f	secure-access Realm	f	client-secret	\N	\N	\N	t	f	f	f	1796413553730	1796413553737
f97d56e8-73bb-4471-83e4-1470e4a90467	t	f	realm-management	0	f	\N	\N	t	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	0	f	f	${client_realm-management}	f	client-secret	\N	\N	\N	t	f	f	f	1796413553813	1796413553823
674a480e-f91d-4338-bd14-c3a59738fc55	t	f	account	0	t	\N	/realms/secure-access/account/	f	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	0	f	f	${client_account}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796413553895	1796413553905
1562fc3e-cb93-46b1-91c5-c687f462cae9	t	f	account-console	0	t	\N	/realms/secure-access/account/	f	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	0	f	f	${client_account-console}	f	client-secret	${authBaseUrl}	\N	\N	t	f	f	f	1796413553927	1796413553934
09afc160-301f-4438-bea3-d9eb770f0df0	t	f	broker	0	f	\N	\N	t	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	0	f	f	${client_broker}	f	client-secret	\N	\N	\N	t	f	f	f	1796413553957	1796413553966
24e56190-7350-42d8-8f9f-f046137930a2	t	t	security-admin-console	0	t	\N	/admin/secure-access/console/	f	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	0	f	f	${client_security-admin-console}	f	client-secret	${authAdminUrl}	\N	\N	t	f	f	f	1796413553968	1796413553977
0331a4bf-26da-46fa-99fc-681de184bffd	t	t	admin-cli	0	t	\N	\N	f	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	-1	f	f	\N	f	client-secret	\N	Keycloak's command-line client, here without the password grant: no scripted logins.	\N	f	f	f	f	1796413554172	1796413554292
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	t	t	demo-app	0	t	\N	\N	f	\N	f	6519ca87-5883-4ea0-9761-687f673cbb56	openid-connect	-1	t	f	Secure Access demo application	f	client-secret	\N	A public OIDC client: authorization code with PKCE, no password grant.	\N	t	f	f	f	1796413554269	1796413554304
\.


--
-- Data for Name: client_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_attributes (client_id, name, value) FROM stdin;
185e42de-3664-4009-becb-673b06c722b4	post.logout.redirect.uris	+
2c8b0951-4844-48b1-afa7-2c56991e89d5	post.logout.redirect.uris	+
2c8b0951-4844-48b1-afa7-2c56991e89d5	pkce.code.challenge.method	S256
299942c7-9e37-4444-a388-9d2d27dd5e70	post.logout.redirect.uris	+
299942c7-9e37-4444-a388-9d2d27dd5e70	pkce.code.challenge.method	S256
299942c7-9e37-4444-a388-9d2d27dd5e70	client.use.lightweight.access.token.enabled	true
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	client.use.lightweight.access.token.enabled	true
674a480e-f91d-4338-bd14-c3a59738fc55	post.logout.redirect.uris	+
1562fc3e-cb93-46b1-91c5-c687f462cae9	post.logout.redirect.uris	+
1562fc3e-cb93-46b1-91c5-c687f462cae9	pkce.code.challenge.method	S256
24e56190-7350-42d8-8f9f-f046137930a2	post.logout.redirect.uris	+
24e56190-7350-42d8-8f9f-f046137930a2	pkce.code.challenge.method	S256
24e56190-7350-42d8-8f9f-f046137930a2	client.use.lightweight.access.token.enabled	true
0331a4bf-26da-46fa-99fc-681de184bffd	post.logout.redirect.uris	+
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	pkce.code.challenge.method	S256
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	post.logout.redirect.uris	http://localhost:*##http://127.0.0.1:*
\.


--
-- Data for Name: client_auth_flow_bindings; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_auth_flow_bindings (client_id, flow_id, binding_name) FROM stdin;
\.


--
-- Data for Name: client_initial_access; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_initial_access (id, realm_id, "timestamp", expiration, count, remaining_count) FROM stdin;
\.


--
-- Data for Name: client_node_registrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_node_registrations (client_id, value, name) FROM stdin;
\.


--
-- Data for Name: client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope (id, name, realm_id, description, protocol) FROM stdin;
8443ad72-cf33-4ba3-b260-a8b242087e87	offline_access	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect built-in scope: offline_access	openid-connect
102014d8-8fe1-47c9-8e30-5babae55598b	role_list	19c25565-93b7-4a6b-ad9e-9fc03b165457	SAML role list	saml
b90c16c6-ef3a-443f-a670-59ad9957e007	saml_organization	19c25565-93b7-4a6b-ad9e-9fc03b165457	Organization Membership	saml
4a8e11aa-fc42-4bbd-96e7-8473a8fd9d0a	AuthnContextClassRef	19c25565-93b7-4a6b-ad9e-9fc03b165457	AuthnContextClassRef Level of Authentiation	saml
db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	profile	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect built-in scope: profile	openid-connect
3db7bb09-2e76-4c08-a35a-0b0914904272	email	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect built-in scope: email	openid-connect
a0ce5d72-8456-4c80-b364-9ce2b0c2556a	address	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect built-in scope: address	openid-connect
9374df68-a001-43ed-a967-5ed1e41caae8	phone	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect built-in scope: phone	openid-connect
268bb965-cf6c-4b6f-b376-3ad95822bc36	roles	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect scope for add user roles to the access token	openid-connect
6d13b382-020d-4653-8c44-e25b3bd8884e	web-origins	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect scope for add allowed web origins to the access token	openid-connect
6223050a-5da1-4c76-8526-34d996127102	microprofile-jwt	19c25565-93b7-4a6b-ad9e-9fc03b165457	Microprofile - JWT built-in scope	openid-connect
8bd8e780-94bc-4484-b47a-cad935a76017	acr	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect scope for add acr (authentication context class reference) to the token	openid-connect
534577c4-1b0e-44d7-8744-aa2e96d71f49	basic	19c25565-93b7-4a6b-ad9e-9fc03b165457	OpenID Connect scope for add all basic claims to the token	openid-connect
83f83186-818d-408d-991d-353603c3d482	service_account	19c25565-93b7-4a6b-ad9e-9fc03b165457	Specific scope for a client enabled for service accounts	openid-connect
5255bba0-5497-47f2-8c26-7c72ac52c119	organization	19c25565-93b7-4a6b-ad9e-9fc03b165457	Additional claims about the organization a subject belongs to	openid-connect
6c3871d8-d5c0-4459-9357-6e67348ab86b	offline_access	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect built-in scope: offline_access	openid-connect
ef8fdb29-738a-49ea-a93a-f218571af39c	role_list	6519ca87-5883-4ea0-9761-687f673cbb56	SAML role list	saml
365bddeb-3801-48a4-aa87-54841d173431	saml_organization	6519ca87-5883-4ea0-9761-687f673cbb56	Organization Membership	saml
a6a51eed-ebc8-4afa-a45f-cc36c0258749	AuthnContextClassRef	6519ca87-5883-4ea0-9761-687f673cbb56	AuthnContextClassRef Level of Authentiation	saml
e390987b-17ca-43a6-bad5-35511ce75d09	profile	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect built-in scope: profile	openid-connect
25877b40-df85-4940-a3d6-7f8991c857fe	email	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect built-in scope: email	openid-connect
6f7beacc-da56-43b1-bbdf-949123fe7fb0	address	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect built-in scope: address	openid-connect
9396e46e-ae18-4ce8-8ceb-f20fa216955e	phone	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect built-in scope: phone	openid-connect
cdb77854-5565-4a62-9700-97306c1628e2	roles	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect scope for add user roles to the access token	openid-connect
caa7318a-9693-45f2-a864-e171a7a87d83	web-origins	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect scope for add allowed web origins to the access token	openid-connect
83ff904d-ea0d-407a-bdb7-754a761f13f5	microprofile-jwt	6519ca87-5883-4ea0-9761-687f673cbb56	Microprofile - JWT built-in scope	openid-connect
04df2667-0bc0-46e7-8723-3d4a61dc21c4	acr	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect scope for add acr (authentication context class reference) to the token	openid-connect
05f7e061-a7c1-4ed9-b464-47bd3a9522c4	basic	6519ca87-5883-4ea0-9761-687f673cbb56	OpenID Connect scope for add all basic claims to the token	openid-connect
166cb888-f41d-4f7e-a355-b35d9e9b6f11	service_account	6519ca87-5883-4ea0-9761-687f673cbb56	Specific scope for a client enabled for service accounts	openid-connect
f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	organization	6519ca87-5883-4ea0-9761-687f673cbb56	Additional claims about the organization a subject belongs to	openid-connect
\.


--
-- Data for Name: client_scope_attributes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_attributes (scope_id, value, name) FROM stdin;
8443ad72-cf33-4ba3-b260-a8b242087e87	true	display.on.consent.screen
8443ad72-cf33-4ba3-b260-a8b242087e87	${offlineAccessScopeConsentText}	consent.screen.text
102014d8-8fe1-47c9-8e30-5babae55598b	true	display.on.consent.screen
102014d8-8fe1-47c9-8e30-5babae55598b	${samlRoleListScopeConsentText}	consent.screen.text
b90c16c6-ef3a-443f-a670-59ad9957e007	false	display.on.consent.screen
db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	true	display.on.consent.screen
db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	${profileScopeConsentText}	consent.screen.text
db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	true	include.in.token.scope
3db7bb09-2e76-4c08-a35a-0b0914904272	true	display.on.consent.screen
3db7bb09-2e76-4c08-a35a-0b0914904272	${emailScopeConsentText}	consent.screen.text
3db7bb09-2e76-4c08-a35a-0b0914904272	true	include.in.token.scope
a0ce5d72-8456-4c80-b364-9ce2b0c2556a	true	display.on.consent.screen
a0ce5d72-8456-4c80-b364-9ce2b0c2556a	${addressScopeConsentText}	consent.screen.text
a0ce5d72-8456-4c80-b364-9ce2b0c2556a	true	include.in.token.scope
9374df68-a001-43ed-a967-5ed1e41caae8	true	display.on.consent.screen
9374df68-a001-43ed-a967-5ed1e41caae8	${phoneScopeConsentText}	consent.screen.text
9374df68-a001-43ed-a967-5ed1e41caae8	true	include.in.token.scope
268bb965-cf6c-4b6f-b376-3ad95822bc36	true	display.on.consent.screen
268bb965-cf6c-4b6f-b376-3ad95822bc36	${rolesScopeConsentText}	consent.screen.text
268bb965-cf6c-4b6f-b376-3ad95822bc36	false	include.in.token.scope
6d13b382-020d-4653-8c44-e25b3bd8884e	false	display.on.consent.screen
6d13b382-020d-4653-8c44-e25b3bd8884e		consent.screen.text
6d13b382-020d-4653-8c44-e25b3bd8884e	false	include.in.token.scope
6223050a-5da1-4c76-8526-34d996127102	false	display.on.consent.screen
6223050a-5da1-4c76-8526-34d996127102	true	include.in.token.scope
8bd8e780-94bc-4484-b47a-cad935a76017	false	display.on.consent.screen
8bd8e780-94bc-4484-b47a-cad935a76017	false	include.in.token.scope
534577c4-1b0e-44d7-8744-aa2e96d71f49	false	display.on.consent.screen
534577c4-1b0e-44d7-8744-aa2e96d71f49	false	include.in.token.scope
83f83186-818d-408d-991d-353603c3d482	false	display.on.consent.screen
83f83186-818d-408d-991d-353603c3d482	false	include.in.token.scope
5255bba0-5497-47f2-8c26-7c72ac52c119	true	display.on.consent.screen
5255bba0-5497-47f2-8c26-7c72ac52c119	${organizationScopeConsentText}	consent.screen.text
5255bba0-5497-47f2-8c26-7c72ac52c119	true	include.in.token.scope
6c3871d8-d5c0-4459-9357-6e67348ab86b	true	display.on.consent.screen
6c3871d8-d5c0-4459-9357-6e67348ab86b	${offlineAccessScopeConsentText}	consent.screen.text
ef8fdb29-738a-49ea-a93a-f218571af39c	true	display.on.consent.screen
ef8fdb29-738a-49ea-a93a-f218571af39c	${samlRoleListScopeConsentText}	consent.screen.text
365bddeb-3801-48a4-aa87-54841d173431	false	display.on.consent.screen
e390987b-17ca-43a6-bad5-35511ce75d09	true	display.on.consent.screen
e390987b-17ca-43a6-bad5-35511ce75d09	${profileScopeConsentText}	consent.screen.text
e390987b-17ca-43a6-bad5-35511ce75d09	true	include.in.token.scope
25877b40-df85-4940-a3d6-7f8991c857fe	true	display.on.consent.screen
25877b40-df85-4940-a3d6-7f8991c857fe	${emailScopeConsentText}	consent.screen.text
25877b40-df85-4940-a3d6-7f8991c857fe	true	include.in.token.scope
6f7beacc-da56-43b1-bbdf-949123fe7fb0	true	display.on.consent.screen
6f7beacc-da56-43b1-bbdf-949123fe7fb0	${addressScopeConsentText}	consent.screen.text
6f7beacc-da56-43b1-bbdf-949123fe7fb0	true	include.in.token.scope
9396e46e-ae18-4ce8-8ceb-f20fa216955e	true	display.on.consent.screen
9396e46e-ae18-4ce8-8ceb-f20fa216955e	${phoneScopeConsentText}	consent.screen.text
9396e46e-ae18-4ce8-8ceb-f20fa216955e	true	include.in.token.scope
cdb77854-5565-4a62-9700-97306c1628e2	true	display.on.consent.screen
cdb77854-5565-4a62-9700-97306c1628e2	${rolesScopeConsentText}	consent.screen.text
cdb77854-5565-4a62-9700-97306c1628e2	false	include.in.token.scope
caa7318a-9693-45f2-a864-e171a7a87d83	false	display.on.consent.screen
caa7318a-9693-45f2-a864-e171a7a87d83		consent.screen.text
caa7318a-9693-45f2-a864-e171a7a87d83	false	include.in.token.scope
83ff904d-ea0d-407a-bdb7-754a761f13f5	false	display.on.consent.screen
83ff904d-ea0d-407a-bdb7-754a761f13f5	true	include.in.token.scope
04df2667-0bc0-46e7-8723-3d4a61dc21c4	false	display.on.consent.screen
04df2667-0bc0-46e7-8723-3d4a61dc21c4	false	include.in.token.scope
05f7e061-a7c1-4ed9-b464-47bd3a9522c4	false	display.on.consent.screen
05f7e061-a7c1-4ed9-b464-47bd3a9522c4	false	include.in.token.scope
166cb888-f41d-4f7e-a355-b35d9e9b6f11	false	display.on.consent.screen
166cb888-f41d-4f7e-a355-b35d9e9b6f11	false	include.in.token.scope
f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	true	display.on.consent.screen
f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	${organizationScopeConsentText}	consent.screen.text
f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	true	include.in.token.scope
\.


--
-- Data for Name: client_scope_client; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_client (client_id, scope_id, default_scope) FROM stdin;
185e42de-3664-4009-becb-673b06c722b4	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
185e42de-3664-4009-becb-673b06c722b4	3db7bb09-2e76-4c08-a35a-0b0914904272	t
185e42de-3664-4009-becb-673b06c722b4	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
185e42de-3664-4009-becb-673b06c722b4	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
185e42de-3664-4009-becb-673b06c722b4	6d13b382-020d-4653-8c44-e25b3bd8884e	t
185e42de-3664-4009-becb-673b06c722b4	8bd8e780-94bc-4484-b47a-cad935a76017	t
185e42de-3664-4009-becb-673b06c722b4	8443ad72-cf33-4ba3-b260-a8b242087e87	f
185e42de-3664-4009-becb-673b06c722b4	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
185e42de-3664-4009-becb-673b06c722b4	6223050a-5da1-4c76-8526-34d996127102	f
185e42de-3664-4009-becb-673b06c722b4	5255bba0-5497-47f2-8c26-7c72ac52c119	f
185e42de-3664-4009-becb-673b06c722b4	9374df68-a001-43ed-a967-5ed1e41caae8	f
2c8b0951-4844-48b1-afa7-2c56991e89d5	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	3db7bb09-2e76-4c08-a35a-0b0914904272	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	6d13b382-020d-4653-8c44-e25b3bd8884e	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	8bd8e780-94bc-4484-b47a-cad935a76017	t
2c8b0951-4844-48b1-afa7-2c56991e89d5	8443ad72-cf33-4ba3-b260-a8b242087e87	f
2c8b0951-4844-48b1-afa7-2c56991e89d5	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
2c8b0951-4844-48b1-afa7-2c56991e89d5	6223050a-5da1-4c76-8526-34d996127102	f
2c8b0951-4844-48b1-afa7-2c56991e89d5	5255bba0-5497-47f2-8c26-7c72ac52c119	f
2c8b0951-4844-48b1-afa7-2c56991e89d5	9374df68-a001-43ed-a967-5ed1e41caae8	f
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	3db7bb09-2e76-4c08-a35a-0b0914904272	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	6d13b382-020d-4653-8c44-e25b3bd8884e	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	8bd8e780-94bc-4484-b47a-cad935a76017	t
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	8443ad72-cf33-4ba3-b260-a8b242087e87	f
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	6223050a-5da1-4c76-8526-34d996127102	f
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	5255bba0-5497-47f2-8c26-7c72ac52c119	f
669790e7-50c4-4fa8-b2b6-76f1aeb164f5	9374df68-a001-43ed-a967-5ed1e41caae8	f
e917eccc-94ff-4393-8870-fea2b8fcaa5b	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	3db7bb09-2e76-4c08-a35a-0b0914904272	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	6d13b382-020d-4653-8c44-e25b3bd8884e	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	8bd8e780-94bc-4484-b47a-cad935a76017	t
e917eccc-94ff-4393-8870-fea2b8fcaa5b	8443ad72-cf33-4ba3-b260-a8b242087e87	f
e917eccc-94ff-4393-8870-fea2b8fcaa5b	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
e917eccc-94ff-4393-8870-fea2b8fcaa5b	6223050a-5da1-4c76-8526-34d996127102	f
e917eccc-94ff-4393-8870-fea2b8fcaa5b	5255bba0-5497-47f2-8c26-7c72ac52c119	f
e917eccc-94ff-4393-8870-fea2b8fcaa5b	9374df68-a001-43ed-a967-5ed1e41caae8	f
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	3db7bb09-2e76-4c08-a35a-0b0914904272	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	6d13b382-020d-4653-8c44-e25b3bd8884e	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	8bd8e780-94bc-4484-b47a-cad935a76017	t
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	8443ad72-cf33-4ba3-b260-a8b242087e87	f
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	6223050a-5da1-4c76-8526-34d996127102	f
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	5255bba0-5497-47f2-8c26-7c72ac52c119	f
e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	9374df68-a001-43ed-a967-5ed1e41caae8	f
299942c7-9e37-4444-a388-9d2d27dd5e70	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
299942c7-9e37-4444-a388-9d2d27dd5e70	3db7bb09-2e76-4c08-a35a-0b0914904272	t
299942c7-9e37-4444-a388-9d2d27dd5e70	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
299942c7-9e37-4444-a388-9d2d27dd5e70	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
299942c7-9e37-4444-a388-9d2d27dd5e70	6d13b382-020d-4653-8c44-e25b3bd8884e	t
299942c7-9e37-4444-a388-9d2d27dd5e70	8bd8e780-94bc-4484-b47a-cad935a76017	t
299942c7-9e37-4444-a388-9d2d27dd5e70	8443ad72-cf33-4ba3-b260-a8b242087e87	f
299942c7-9e37-4444-a388-9d2d27dd5e70	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
299942c7-9e37-4444-a388-9d2d27dd5e70	6223050a-5da1-4c76-8526-34d996127102	f
299942c7-9e37-4444-a388-9d2d27dd5e70	5255bba0-5497-47f2-8c26-7c72ac52c119	f
299942c7-9e37-4444-a388-9d2d27dd5e70	9374df68-a001-43ed-a967-5ed1e41caae8	f
674a480e-f91d-4338-bd14-c3a59738fc55	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
674a480e-f91d-4338-bd14-c3a59738fc55	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
674a480e-f91d-4338-bd14-c3a59738fc55	caa7318a-9693-45f2-a864-e171a7a87d83	t
674a480e-f91d-4338-bd14-c3a59738fc55	25877b40-df85-4940-a3d6-7f8991c857fe	t
674a480e-f91d-4338-bd14-c3a59738fc55	cdb77854-5565-4a62-9700-97306c1628e2	t
674a480e-f91d-4338-bd14-c3a59738fc55	e390987b-17ca-43a6-bad5-35511ce75d09	t
674a480e-f91d-4338-bd14-c3a59738fc55	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
674a480e-f91d-4338-bd14-c3a59738fc55	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
674a480e-f91d-4338-bd14-c3a59738fc55	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
674a480e-f91d-4338-bd14-c3a59738fc55	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
674a480e-f91d-4338-bd14-c3a59738fc55	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
1562fc3e-cb93-46b1-91c5-c687f462cae9	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	caa7318a-9693-45f2-a864-e171a7a87d83	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	25877b40-df85-4940-a3d6-7f8991c857fe	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	cdb77854-5565-4a62-9700-97306c1628e2	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	e390987b-17ca-43a6-bad5-35511ce75d09	t
1562fc3e-cb93-46b1-91c5-c687f462cae9	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
1562fc3e-cb93-46b1-91c5-c687f462cae9	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
1562fc3e-cb93-46b1-91c5-c687f462cae9	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
1562fc3e-cb93-46b1-91c5-c687f462cae9	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
1562fc3e-cb93-46b1-91c5-c687f462cae9	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
09afc160-301f-4438-bea3-d9eb770f0df0	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
09afc160-301f-4438-bea3-d9eb770f0df0	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
09afc160-301f-4438-bea3-d9eb770f0df0	caa7318a-9693-45f2-a864-e171a7a87d83	t
09afc160-301f-4438-bea3-d9eb770f0df0	25877b40-df85-4940-a3d6-7f8991c857fe	t
09afc160-301f-4438-bea3-d9eb770f0df0	cdb77854-5565-4a62-9700-97306c1628e2	t
09afc160-301f-4438-bea3-d9eb770f0df0	e390987b-17ca-43a6-bad5-35511ce75d09	t
09afc160-301f-4438-bea3-d9eb770f0df0	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
09afc160-301f-4438-bea3-d9eb770f0df0	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
09afc160-301f-4438-bea3-d9eb770f0df0	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
09afc160-301f-4438-bea3-d9eb770f0df0	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
09afc160-301f-4438-bea3-d9eb770f0df0	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
f97d56e8-73bb-4471-83e4-1470e4a90467	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
f97d56e8-73bb-4471-83e4-1470e4a90467	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
f97d56e8-73bb-4471-83e4-1470e4a90467	caa7318a-9693-45f2-a864-e171a7a87d83	t
f97d56e8-73bb-4471-83e4-1470e4a90467	25877b40-df85-4940-a3d6-7f8991c857fe	t
f97d56e8-73bb-4471-83e4-1470e4a90467	cdb77854-5565-4a62-9700-97306c1628e2	t
f97d56e8-73bb-4471-83e4-1470e4a90467	e390987b-17ca-43a6-bad5-35511ce75d09	t
f97d56e8-73bb-4471-83e4-1470e4a90467	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
f97d56e8-73bb-4471-83e4-1470e4a90467	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
f97d56e8-73bb-4471-83e4-1470e4a90467	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
f97d56e8-73bb-4471-83e4-1470e4a90467	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
f97d56e8-73bb-4471-83e4-1470e4a90467	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
24e56190-7350-42d8-8f9f-f046137930a2	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
24e56190-7350-42d8-8f9f-f046137930a2	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
24e56190-7350-42d8-8f9f-f046137930a2	caa7318a-9693-45f2-a864-e171a7a87d83	t
24e56190-7350-42d8-8f9f-f046137930a2	25877b40-df85-4940-a3d6-7f8991c857fe	t
24e56190-7350-42d8-8f9f-f046137930a2	cdb77854-5565-4a62-9700-97306c1628e2	t
24e56190-7350-42d8-8f9f-f046137930a2	e390987b-17ca-43a6-bad5-35511ce75d09	t
24e56190-7350-42d8-8f9f-f046137930a2	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
24e56190-7350-42d8-8f9f-f046137930a2	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
24e56190-7350-42d8-8f9f-f046137930a2	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
24e56190-7350-42d8-8f9f-f046137930a2	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
24e56190-7350-42d8-8f9f-f046137930a2	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
0331a4bf-26da-46fa-99fc-681de184bffd	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
0331a4bf-26da-46fa-99fc-681de184bffd	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
0331a4bf-26da-46fa-99fc-681de184bffd	caa7318a-9693-45f2-a864-e171a7a87d83	t
0331a4bf-26da-46fa-99fc-681de184bffd	25877b40-df85-4940-a3d6-7f8991c857fe	t
0331a4bf-26da-46fa-99fc-681de184bffd	cdb77854-5565-4a62-9700-97306c1628e2	t
0331a4bf-26da-46fa-99fc-681de184bffd	e390987b-17ca-43a6-bad5-35511ce75d09	t
0331a4bf-26da-46fa-99fc-681de184bffd	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
0331a4bf-26da-46fa-99fc-681de184bffd	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
0331a4bf-26da-46fa-99fc-681de184bffd	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
0331a4bf-26da-46fa-99fc-681de184bffd	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
0331a4bf-26da-46fa-99fc-681de184bffd	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	caa7318a-9693-45f2-a864-e171a7a87d83	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	25877b40-df85-4940-a3d6-7f8991c857fe	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	cdb77854-5565-4a62-9700-97306c1628e2	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	e390987b-17ca-43a6-bad5-35511ce75d09	t
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
\.


--
-- Data for Name: client_scope_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.client_scope_role_mapping (scope_id, role_id) FROM stdin;
8443ad72-cf33-4ba3-b260-a8b242087e87	8cc2c2a2-844e-4434-ba58-94e34fa72395
6c3871d8-d5c0-4459-9357-6e67348ab86b	27551373-2dae-43a9-8250-cc6fab9f480a
\.


--
-- Data for Name: cluster_event; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cluster_event (id, target_cluster, sender_cluster, event_data, created_at) FROM stdin;
\.


--
-- Data for Name: component; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.component (id, name, parent_id, provider_id, provider_type, realm_id, sub_type) FROM stdin;
e7d657ef-b368-4d19-9e3a-4a192b527b14	Trusted Hosts	19c25565-93b7-4a6b-ad9e-9fc03b165457	trusted-hosts	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
84850d6b-3f64-4048-ab08-a22b81e99b64	Consent Required	19c25565-93b7-4a6b-ad9e-9fc03b165457	consent-required	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
bfbfe1ea-d17c-401e-b7cd-99edbfdfc2dc	Full Scope Disabled	19c25565-93b7-4a6b-ad9e-9fc03b165457	scope	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
d85313f5-392c-46f5-8df6-cf4fdcf1d000	Max Clients Limit	19c25565-93b7-4a6b-ad9e-9fc03b165457	max-clients	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
ebd86947-c738-472a-ad9d-e05dfa318579	Allowed Protocol Mapper Types	19c25565-93b7-4a6b-ad9e-9fc03b165457	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
7391fd83-8cf6-484a-a9d8-57b829e967f5	Allowed Client Scopes	19c25565-93b7-4a6b-ad9e-9fc03b165457	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
d98bcd06-b704-40bd-ab8d-d7e47b06826c	Allowed Registration Web Origins	19c25565-93b7-4a6b-ad9e-9fc03b165457	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	anonymous
b8151454-5920-4810-a9a9-3e3e98f18794	Allowed Protocol Mapper Types	19c25565-93b7-4a6b-ad9e-9fc03b165457	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	authenticated
080b8428-09ed-473c-825f-1f80bba8ef24	Allowed Client Scopes	19c25565-93b7-4a6b-ad9e-9fc03b165457	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	authenticated
d74e5356-c36c-4a41-8a16-71274808f842	Allowed Registration Web Origins	19c25565-93b7-4a6b-ad9e-9fc03b165457	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	authenticated
be3b12d9-4b24-41aa-a9cb-01af22b3d040	rsa-generated	19c25565-93b7-4a6b-ad9e-9fc03b165457	rsa-generated	org.keycloak.keys.KeyProvider	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N
26baa5da-652e-4905-a6dd-92bbc46d4242	rsa-enc-generated	19c25565-93b7-4a6b-ad9e-9fc03b165457	rsa-enc-generated	org.keycloak.keys.KeyProvider	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N
c238c57c-103f-4c18-856e-2f6f11b9a9a9	hmac-generated-hs512	19c25565-93b7-4a6b-ad9e-9fc03b165457	hmac-generated	org.keycloak.keys.KeyProvider	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N
bfb05d61-1b2f-4778-a109-116610595802	aes-generated	19c25565-93b7-4a6b-ad9e-9fc03b165457	aes-generated	org.keycloak.keys.KeyProvider	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N
35982296-bb13-4e3b-8d45-e7ad4095b11a	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	declarative-user-profile	org.keycloak.userprofile.UserProfileProvider	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N
b2051c44-7aa2-474a-9b61-f1fbc96c1198	\N	6519ca87-5883-4ea0-9761-687f673cbb56	declarative-user-profile	org.keycloak.userprofile.UserProfileProvider	6519ca87-5883-4ea0-9761-687f673cbb56	\N
808b87d1-fb16-49fd-b864-40acb0ebe814	rsa-generated	6519ca87-5883-4ea0-9761-687f673cbb56	rsa-generated	org.keycloak.keys.KeyProvider	6519ca87-5883-4ea0-9761-687f673cbb56	\N
bba2aa7d-e238-4e03-b871-1d98b35e09e5	rsa-enc-generated	6519ca87-5883-4ea0-9761-687f673cbb56	rsa-enc-generated	org.keycloak.keys.KeyProvider	6519ca87-5883-4ea0-9761-687f673cbb56	\N
9e768c85-8604-4c8f-bb39-d3adb08005e1	hmac-generated-hs512	6519ca87-5883-4ea0-9761-687f673cbb56	hmac-generated	org.keycloak.keys.KeyProvider	6519ca87-5883-4ea0-9761-687f673cbb56	\N
45d188ec-2d79-496c-9384-8a7d7d607088	aes-generated	6519ca87-5883-4ea0-9761-687f673cbb56	aes-generated	org.keycloak.keys.KeyProvider	6519ca87-5883-4ea0-9761-687f673cbb56	\N
5a7c2be4-59ca-4852-8ae8-01f891976206	Trusted Hosts	6519ca87-5883-4ea0-9761-687f673cbb56	trusted-hosts	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
462b4b6f-fbe7-494c-a1eb-073e2fee4b5a	Consent Required	6519ca87-5883-4ea0-9761-687f673cbb56	consent-required	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
327e4166-376f-413e-a7e8-5de5ee9fe72a	Full Scope Disabled	6519ca87-5883-4ea0-9761-687f673cbb56	scope	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
e41e6ca6-1a91-4582-a1dc-6dff4f8bdfb8	Max Clients Limit	6519ca87-5883-4ea0-9761-687f673cbb56	max-clients	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
6cfd2353-e754-4eea-bb56-f94136882bc1	Allowed Protocol Mapper Types	6519ca87-5883-4ea0-9761-687f673cbb56	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
7016e037-49fd-408d-88a1-6c70adb8a6cb	Allowed Client Scopes	6519ca87-5883-4ea0-9761-687f673cbb56	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
43f35c21-c864-4f48-bc09-d2a6a73176d7	Allowed Registration Web Origins	6519ca87-5883-4ea0-9761-687f673cbb56	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	anonymous
14a0ab1f-9487-4482-8088-3c0b3bde765e	Allowed Protocol Mapper Types	6519ca87-5883-4ea0-9761-687f673cbb56	allowed-protocol-mappers	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	authenticated
eac3312b-a9f8-44a0-b655-10d4a78a2ac9	Allowed Client Scopes	6519ca87-5883-4ea0-9761-687f673cbb56	allowed-client-templates	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	authenticated
28f0ad29-be35-4010-ba8b-bd654996e4aa	Allowed Registration Web Origins	6519ca87-5883-4ea0-9761-687f673cbb56	registration-web-origins	org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	authenticated
\.


--
-- Data for Name: component_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.component_config (id, component_id, name, value) FROM stdin;
1b0b0226-ed07-400e-9cea-3245e360f2c3	7391fd83-8cf6-484a-a9d8-57b829e967f5	allow-default-scopes	true
c286c7c2-cbf6-4674-a2d9-ea4f626cb5ef	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	oidc-full-name-mapper
8c7a2891-4fb9-49b3-ab64-8ce421f196ef	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	oidc-address-mapper
13100687-bd95-4546-b660-ca734da70bfe	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	saml-user-property-mapper
87bcc105-5bd4-4a4d-9e5a-70cb9a246b47	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
b675b470-1c95-44e1-9236-2d82ad20505a	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
3d0f54da-6f68-464f-b994-08cc0136a4cb	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	saml-user-attribute-mapper
60725413-962b-4918-a7c4-19d48c9c8dd1	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
9fdf0ce4-7db6-4be3-93a9-64f1875bec3f	b8151454-5920-4810-a9a9-3e3e98f18794	allowed-protocol-mapper-types	saml-role-list-mapper
af482dae-a3cf-498c-a477-3b99e4b3e449	d85313f5-392c-46f5-8df6-cf4fdcf1d000	max-clients	200
02a5efbb-9440-4b14-bb37-62146d26d7de	e7d657ef-b368-4d19-9e3a-4a192b527b14	host-sending-registration-request-must-match	true
427cfbe3-4da1-4fd3-ba92-5767d496d779	e7d657ef-b368-4d19-9e3a-4a192b527b14	client-uris-must-match	true
4f81d3bd-1915-4a53-9ddb-07d81cb9687f	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	saml-user-attribute-mapper
14a5b24f-b60d-4343-8664-ba27bbbe5fb3	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	oidc-full-name-mapper
6323c67e-f6a0-4111-9e62-4ea25877a16f	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	saml-user-property-mapper
fe5e2a51-1deb-4aa6-998c-5a853626b3bc	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
675f618f-d12f-4b13-83f0-ae5e80a3d351	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	oidc-address-mapper
63525a1c-ac85-4938-ad0e-bbf22489a94e	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
5fdfbf74-d85e-467e-8682-be7df464957b	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
f077e2b1-671e-4a56-8bc6-a43d384f7ad2	ebd86947-c738-472a-ad9d-e05dfa318579	allowed-protocol-mapper-types	saml-role-list-mapper
a60d0513-d6de-4b8c-abcf-fb54a1b0dd62	080b8428-09ed-473c-825f-1f80bba8ef24	allow-default-scopes	true
5aff1977-8a10-43e2-aacc-32caa2c5bcfb	35982296-bb13-4e3b-8d45-e7ad4095b11a	kc.user.profile.config	{"attributes":[{"name":"username","displayName":"${username}","validations":{"length":{"min":3,"max":255},"username-prohibited-characters":{},"up-username-not-idn-homograph":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"email","displayName":"${email}","validations":{"email":{},"length":{"max":255}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"firstName","displayName":"${firstName}","validations":{"length":{"max":255},"person-name-prohibited-characters":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false},{"name":"lastName","displayName":"${lastName}","validations":{"length":{"max":255},"person-name-prohibited-characters":{}},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"multivalued":false}],"groups":[{"name":"user-metadata","displayHeader":"User metadata","displayDescription":"Attributes, which refer to user metadata"}]}
bcd2c488-423a-488c-b122-d36f7bd5671c	26baa5da-652e-4905-a6dd-92bbc46d4242	privateKey	MIIEowIBAAKCAQEAssPqdh1aJDgIBzwRQicBoZPF9Qj3Ad1BYRTH8yCeZXU/ti6FmMGpeug7ci6Vhe2S/o/QtqCvhrXKkmAkn/vD14wQDU7BFp/Rj8oAXt1GnP0CGT9QajSDznV2UWbMLL4hz/ECh8BPbyePOGJauMxl4vnYvsV1W7wHbkCBMTDNk/TFIpvEvIkEPzkjfAyKAH/A3RrFlbPP5H/+EdVIIsvTiVDMdMlZSVvLNW8P2uxBMoZNO/0HTB60LIoCvRhIo0Yi8GL1bcshMqKk4aDg+AFYNJhSZgJbu47g57GpiHb8jGG/uxuCctMFrFzlAf/JTgshpaqhWvIVcd5E4RCETtkC8QIDAQABAoIBAAhoFxBcRaEcxzBfaFSdANoySMGy3OpQF0cvZu6BmP9Oj+sjZY4TI+MjNQnz471RSHuLA/K1rGF0brj611gUau+ZzyawDpufswc89a7gXyXqbkEFkaSX8P+aVaDC+bysKYsFw4OipR2mHammMuvcNVmi3BjvEFt6tHsAYq7vc4h2ys/B34qlUY1TIufSTEaHeTe+KcqufAmvuqLw420RJw10IhSVQbhpOve1kn49ArCByCj3IIg9VPqQcYCOtzFZ5rb1CE0+zv8MUPdB2TBqpxQMFY1ym6Va2X03Gtb3wuHgK79/Cds26lms3d0+qlus8aMHlrkIgDharALykuvfSuECgYEA8oxyGl/NPfDF4PGg6ou++XpUEy0yDrGvuS+NJbl126DoZ3i5rYssXsoEYSkIgg5yqjI1b1WxXU7x9YtbZjPfFu9axKuGZkej3Axn2zIZmTO1fbjpPWDSpg1ASPd2jRbUY7i6ZRtHTUw42uzGp2vXhGFCOsbGTo+S8XxxnMwFflECgYEAvK3qDf8m7AV+UyGUxKWkUFtmAxJZ4DV8XNAr70SkA2Shj5WBaGpcjvbDxJp0aOHNy/qaCb23M7Tsuag7cZ9moEftiqM+vA/FqSyKAoRIIfVXlzCrZzcwbfQTenynIfF9lm5u2nGMY8WaDizKUMq/QvUX79Po44moXTXxEkM88qECgYBElfpeAuEitsb9yNXb/RBPs4u6sHkLNqueDhg3pq3xIRsWx0iaDlTJqQ57+wJw5G0AO5polS7GV+CLspBx4hEfhyd/nZEvsupe+xMTJKOgcsLLflJWDN8EHZMkDvXzB5WfbUkn9gK/lOIu5e12wkP7JxV3UWYaKPdAWhQ2ZmrXQQKBgGDSonxiRjfyLbw9TFmJYwO1k2jaHvL2n4YFcbZMNBplpp7HKuxJQIxAx395f2lfDruxMyDykTPgkWZIlZCeKwzvPE/bq9LYCSfiakQWW+nJPBSi7iJ+aMTT7rb5hs7dXQQ4UXyZrmB4w7CofX3uPS4AFjOFPEqflp2Wk8o6ZOlhAoGBAKEI6yXUWC8jGt34RD8HFl5F5xg65oBB3xu3/6ko1eHPr+KW9K4yMIaQsTIS0QmVCW1UOjJKJ0JwrJZmSah9w3oreXDvPdoyzkTUVCT5LYYBQV/wbgK2uJjBXJaKoKXfG7cvsgTVzg2wgNneMEkKsl48Z2r5xSPYDCczOHa36tbQ
82225ce9-d005-419a-ad61-4d302836abb5	26baa5da-652e-4905-a6dd-92bbc46d4242	certificate	MIICmzCCAYMCBgGiQpd8BDANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA0MTk0NDEzWhcNMzYxMjA0MTk0NTUzWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCyw+p2HVokOAgHPBFCJwGhk8X1CPcB3UFhFMfzIJ5ldT+2LoWYwal66DtyLpWF7ZL+j9C2oK+GtcqSYCSf+8PXjBANTsEWn9GPygBe3Uac/QIZP1BqNIPOdXZRZswsviHP8QKHwE9vJ484Ylq4zGXi+di+xXVbvAduQIExMM2T9MUim8S8iQQ/OSN8DIoAf8DdGsWVs8/kf/4R1Ugiy9OJUMx0yVlJW8s1bw/a7EEyhk07/QdMHrQsigK9GEijRiLwYvVtyyEyoqThoOD4AVg0mFJmAlu7juDnsamIdvyMYb+7G4Jy0wWsXOUB/8lOCyGlqqFa8hVx3kThEIRO2QLxAgMBAAEwDQYJKoZIhvcNAQELBQADggEBAKk91VO1xMztUz3AHqdAAhkQutAkzF+yFL6LLUlab+66oijMaDzE9O6RNaY+/XWyg8kexmTjxjTo6+75jNhkvWxizAVES5B1Z3KxIFa61Bu5CmbLxk6KYWeLhMgd9CKEt/OPgD0gHvBvlQyuymvWOKAgu1498ouxlksBONm/18yW3tMlVrG4Kz8JZj8b+Wu+aea3CMwWpGhxn9HrxfRUW+MiQuU5IxQgMneEfKeMggUxUOOQz6srxhftExj13h5r1sEJFV5PsegZ+o9Nb1gxDxzJxtZm/75FCPMMxLqDCXDZGXuHpmcN0YYxLnjkdhAcwz/OY4kK8DTNkyN2zLgWlzs=
ef5fcd63-a564-425f-99d5-0affaa24903b	26baa5da-652e-4905-a6dd-92bbc46d4242	priority	100
908359da-402e-44f3-ad1f-39be80d947d5	26baa5da-652e-4905-a6dd-92bbc46d4242	algorithm	RSA-OAEP
975709c5-9e52-41cb-b1cf-a04ad29dc580	26baa5da-652e-4905-a6dd-92bbc46d4242	keyUse	ENC
e90e30bf-2c7d-4a5f-af3b-9e21b6ac9cad	bfb05d61-1b2f-4778-a109-116610595802	priority	100
997df2f5-843f-4bed-bf36-e26ee8bd3965	bfb05d61-1b2f-4778-a109-116610595802	kid	29cb3dd9-23e3-4224-b182-0a4f9cdca026
a51ed575-555d-4218-ac19-dc6590b49b22	bfb05d61-1b2f-4778-a109-116610595802	secret	NmeSR8Lto1tcU3npqFvabk901jqwE3wbnsSMI6oqb-o
00a3978d-1ce7-4f62-b1ee-7e0bafcde28f	c238c57c-103f-4c18-856e-2f6f11b9a9a9	priority	100
906f3523-424b-48d4-b016-12c3a7ac4b8e	c238c57c-103f-4c18-856e-2f6f11b9a9a9	algorithm	HS512
13f06afe-8ca4-41d8-9f64-069271774797	c238c57c-103f-4c18-856e-2f6f11b9a9a9	kid	8c782b52-891d-42e2-87bf-8f0ccb25fba2
b035cfd1-6d2c-4140-bac7-2d186b71388c	c238c57c-103f-4c18-856e-2f6f11b9a9a9	secret	sZqLjSXbp93NvdcRgcHpUN2ex8Zqq7wQdfQ2UUtzPaKBSWdV-ywJy7PerJtdX1ZBU3BZzWaLNVUR-MR9AUguo4-qf1SivCZG4ArYFvsvRAGCY1YKw8EgFxStHIbu0AXcjmkj__ydfzFinjwZmVmIU4SngmXbDFd3fSQTxgjFeaA
d702fc1e-a544-41fb-a3bf-a7b279762d93	be3b12d9-4b24-41aa-a9cb-01af22b3d040	keyUse	SIG
56e7c133-76c7-413c-98f1-913a47e28b12	be3b12d9-4b24-41aa-a9cb-01af22b3d040	certificate	MIICmzCCAYMCBgGiQpd1kzANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA0MTk0NDEyWhcNMzYxMjA0MTk0NTUyWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC3M5Am464+iCAUNgjgu2sqXIS0pyq11iHWvs377qvzbQU7RkIor5vTr4WPMHRg6gtgpG9q1v/LrqiNJmLPNqOlf2NdfKNLmGnbmZ5UP11Ajn8JyBpJqaN33AX8sxQDyq5vkBBvr0pVc3U+5m+6Q+Qez36mpVV+NYh43raCDL7eikNVJia82zCKnI1SEQyx8SvnN92HVupqL/srHsiK/gU6E2WYMnDAwWT8CK2u3LDxakM4uL4vsWN6nbXm5Y16LXm66K+CHHLMLBMLPcKmYryAN66ZQ+TiYGo8JL5ItUeMwc6Carc8EM7t6qVYuaJZGid2QVcXvzlketEKMvDlXqLJAgMBAAEwDQYJKoZIhvcNAQELBQADggEBACqsG6RpvQ4hqkCbRalzvBVbrQUz+OjsvI/f5ML9IosvIRByC9U8meDa+Td1SBrreFJLVuPhKhn1dYjnaiIRObTJEGgDTi664dihKrINmYEY3gx6fQ6US0P7aZSdKWg2gBqSCjJ+AXwRbV0z0aGDdKkVK0E22Hlhrm/cuVdvDd0a2H6c+TuvXIFAZ85jK0iUY1FNiittSKw0EIpvQ5ts+Qkhhg1BksZO87nJ0uefVDI6qF1gRwHrD/gToH0DzB0yBhMMWNSgDVkOUo8fpt2iEX+x5+tsFpN3q+uPYAPoBb6ev5NnXdxpj1WuGVPL8wM1PcwecgxfhtQlVrhfongWBao=
e6f0a663-892f-49dc-8dd8-16b11d83a228	be3b12d9-4b24-41aa-a9cb-01af22b3d040	privateKey	MIIEogIBAAKCAQEAtzOQJuOuPoggFDYI4LtrKlyEtKcqtdYh1r7N++6r820FO0ZCKK+b06+FjzB0YOoLYKRvatb/y66ojSZizzajpX9jXXyjS5hp25meVD9dQI5/CcgaSamjd9wF/LMUA8qub5AQb69KVXN1PuZvukPkHs9+pqVVfjWIeN62ggy+3opDVSYmvNswipyNUhEMsfEr5zfdh1bqai/7Kx7Iiv4FOhNlmDJwwMFk/Aitrtyw8WpDOLi+L7Fjep215uWNei15uuivghxyzCwTCz3CpmK8gDeumUPk4mBqPCS+SLVHjMHOgmq3PBDO7eqlWLmiWRondkFXF785ZHrRCjLw5V6iyQIDAQABAoIBAAa9voZ8H4OUAEVDCtNbZdUII2vOCRKbOXUUExWKmRIdZyxXCuJVTcJxaUq6LUHPX9QcPc3u8TiEZ2SXycZja9sQOHsJjplP0paYrPZVlBmiBydL6dbLwr/3uDT8s8nWsvkdL9PMQDgh91YJCLFLUtwzr1YlP563li8RV9O93dxxfyIhBRzHOdl9EEsisBpUj41j2CQnBqZYAjJ9Js1FtKY6dZsP5+HGFmbjbx1LZtzvARAA3f66xEqh3GbWutyGWVBfX6yyYhuy9Sh7aC7k1cBE8Z+jl3B/dtJAAviegAyx1GVuWsnr0UdIwVos2vp3rjA/U2jkP7YBemu29ozWYBkCgYEA+e15f8iL3i90gEBR0k2nQ2Bo6xLlBg0G6fMkL3vwyOSTdV6u5FOvzrqPI0VekVGTWGUp8bv3esnEt/0bcWU6RWblKr7P0YMazS4g+moTztaJdNYXHhpnNvNmlq4TJ9bE4L7qrq+4AQu/XL++YX1Q57eJqX1/GQ/x8rnYFOtSwwcCgYEAu6cO1mME+nK5ZN0rPtLqLyJJBxDcVryVC1Xeqgw83gqhtrTBiqWxr0U3P/XCmiRiu9S9vHkyuIK6GMUecin0bhk+leMsOVua7H2X6w459I1Jnf5lPDJkoy/Ysd3tW8hoHMu/5lpbPbAb1N6+tBXjzNOCpxiDxhIA6RBuvVOw568CgYBysDEDHIpiqTAy8lEZypyo5IMA7KjAQBYeIX9Hcv6pkYrBX3OuP2D74sxwiRK+aMrO042N6o3EgPaO381KGgPFeVRMa0d+g0U3RqXHhAoW7oghX2U4YTFgHA3Fs5gCviGWaMXU57nucO+dpje9EP6hdq3rYzWB0Llcgz/PSbWu3QKBgHUdcE8xAXxleXuP5VuSOwIrvbQhO8MOc17dutgaRyq1K/Rhn6EuhFTFOBQ9B7U4HD7qKXilk5hATnEDJVtO//Ru4PafD4zEtU3/nH7hJB6Sx21JxljpgpGuXOm1flwYGZJPP3c+0U8QyG30jsTKHKBLKXGsBSHrPpI25UZYI0KVAoGASZD65a75t5Gww16b43q89Vr/LegnPMeKVGvwcGm157GpJLoHd76SsrB8KyhAZffZRTk4NhLOL66RZqdaeeQ/rh316IlZojEQWicGSf3ZgMsJe02LbcbxAh6i6QoLlxW1/dc5Jllk0Eqid3CMjdKDHvK/Yn1Kz3JoFm5u0bOqa9g=
7056bcb0-9905-4bef-8a82-60577468b560	be3b12d9-4b24-41aa-a9cb-01af22b3d040	priority	100
e312ef69-0b42-4a9e-91b3-7959988b8ede	b2051c44-7aa2-474a-9b61-f1fbc96c1198	kc.user.profile.config	{"attributes":[{"name":"username","displayName":"${username}","permissions":{"view":["admin","user"],"edit":["admin","user"]},"validations":{"length":{"min":3,"max":255},"username-prohibited-characters":{},"up-username-not-idn-homograph":{}}},{"name":"email","displayName":"${email}","required":{"roles":["user"]},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"validations":{"email":{},"length":{"max":255}}},{"name":"firstName","displayName":"${firstName}","required":{"roles":["user"]},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"validations":{"length":{"max":255},"person-name-prohibited-characters":{}}},{"name":"lastName","displayName":"${lastName}","required":{"roles":["user"]},"permissions":{"view":["admin","user"],"edit":["admin","user"]},"validations":{"length":{"max":255},"person-name-prohibited-characters":{}}},{"name":"phoneNumber","displayName":"Mobile phone for security codes (set by an administrator or a directory; verified at next sign-in)","permissions":{"view":["admin"],"edit":["admin"]},"validations":{"length":{"max":40}},"group":"user-metadata"},{"name":"priorIdentityProofing","displayName":"Identity proofed by an earlier process (get-transcript-online, ip-pin)","permissions":{"view":["admin"],"edit":["admin"]},"validations":{"length":{"max":40}},"group":"user-metadata"},{"name":"sitePhrase","displayName":"Site phrase (shown before the password; not a secret, never a factor)","permissions":{"view":["admin"],"edit":["admin"]},"validations":{"length":{"max":40}},"group":"user-metadata"},{"name":"siteImage","displayName":"Site picture","permissions":{"view":["admin"],"edit":["admin"]},"validations":{"options":{"options":["sun","moon","tree","anchor","bicycle","sailboat","cat","flower","mountain","lighthouse","kite","umbrella"]}},"group":"user-metadata"}],"groups":[{"name":"user-metadata","displayHeader":"User metadata","displayDescription":"Attributes, which refer to user metadata"}]}
408c98ad-517e-45cb-a76b-23f8bad59853	9e768c85-8604-4c8f-bb39-d3adb08005e1	secret	06Dzf-zgukhCVQB6Nf6u_hFRsMQoTH1giECSH4AkN2hE4qnpoOLSBURgTJfg_upjgZBSwP6OSf1a7rxvhTDQMDn8SjK8JFW4WlJWA-apf8ezZnYZMM3BkDg7fAcEtDW7amXGXBNtyaMkg2u4202XF5F6IxtbsNqdHzz4AOM24pw
a03c59fa-0635-41ed-8694-2f55e4871b15	9e768c85-8604-4c8f-bb39-d3adb08005e1	algorithm	HS512
5bc65af9-2978-4985-9ab5-d4a036c78782	9e768c85-8604-4c8f-bb39-d3adb08005e1	priority	100
29e02338-61fe-4b8a-8ef2-a63600eb8b41	9e768c85-8604-4c8f-bb39-d3adb08005e1	kid	d931e134-b5de-48c4-80af-565d3d206ef2
080c26ed-8bdd-4728-81a2-9d5ccb016e07	bba2aa7d-e238-4e03-b871-1d98b35e09e5	priority	100
58aee7da-0aa6-4719-b52a-76d3b27593b6	bba2aa7d-e238-4e03-b871-1d98b35e09e5	privateKey	MIIEpAIBAAKCAQEAsQe+KQ7tacp480SL4CIgJ0N0272yHFjoHkPNrTIGAX48XhLUHeclcsxKkFncejqt9BL8FIi7LvC22qscIsAUoVkxRTTDJZ4mI5uBZjGX+flxkjhP5pqkX1DbPf1/ZoFYLSBAJhxfYTqV8HrpvMTkc83IuyrZoWQhcJcaL1o6UJXSuDx0LGunA3ZBb9gPSGsRDTKWr5XDpZl+96a6VqU1O3pGIpOO2a90clNyS3f7DaMPrYKYwbxG258QLjdDOIlfGfyXXTUdkVYJ4yNLMuojGD8cm1Acw0QdF0k4N0dXwhOxzVidczbx9S9jxjPQG1uAp5jIarsN7VWsfYQrZ0ISGQIDAQABAoIBAFesz4OTJobJ5ZwJm0LOc+EuOe5oZRFAAPmYOAFqcGoF5Izsw0vqAfR4dAdI0fZhIGzsiBb9XsMRKWZj7yPQwIbmXw344xs614W0CuKbdjqxzQsPQ5cgiH7CU0rAxPt13L9ApTSawawsMT0wCpnYY5Js3NjBkJYrOpqB41CHXbExp4LEVsr1Fpz+WSNCCROXkAniApQLWaGhujG85WborbCsOCRBMTGXBJ1e5498glx3GJkKyjudQHDtFLfGLiOzA2Anik1O4448GbZfT+dTOZJv7SJ5ZOQLXktO/vxoZzcRwYl5+yS76ccJPEW6iU/YQe6SjmIsYY/Trex0tz5B5lcCgYEA2mVlpv5Xh3flefNR7xlRhr+8kUfcQ1L0SLLKWUQKqqauLlFSiKtyOAoepMCDe9QlpL5pT5IIMnVLt8H/gqH/m6msF/+8HM2fmqKIo/q9z/EZ0kBnscuOFSWD6GPSnz17+henXmPUi/EU8EGemap3Gxq3FDcmPZOy4Ty/f8KzfbsCgYEAz4L+62C9QKzEZW92F58S4uZ9Ir3HZKuaSRyjoSFiO8r4sF5cp06IJbdi1lmJeu4frmyJzJGZlgVnMEUbFDSd7DDVrYS73DfPwMZqMyFKj7S1soLEDAJ8pxRx18JkjQwyuYKYQjSVhgLRTnfHiW90xjm8B+cp6Y9fqusPe7leyDsCgYEA0HPBr7/KGcJFpL2q8bVPzHbL7DsTsKrIAW+tlcBNEg8f55O1XD+QOI7oKsaZeSLHf1RDPjCbZFXynIUtdSlcyN4NJabxjOhys2z5UNKuQ4DT7YuNrfUlO2fgXHqS+Wz9HXtgQ8azg5LrMlrfn7pGDvfT0RbGiDWmojeSbMaQ/asCgYEAgqsGQslj4rnn4cfSIQW2KtLgsWO3jxjPyoISN4CCDwy8lLKWvXOiH73eqwMuow4XPQpzqzFz+Rfl5mtdpdeMKhKGOwF+Gim61LUcYp3wCZXNZF8bfESEoeEp3qc2EetAdbhakDX0gbJ8gmDCcTSR39CzKnbR2ZTCtSnXUh1kJckCgYBv4QufClUqHS/FQC80NX3f/SxqnNpn0mCcW6lk1IgosgvE2pbF+ImhPrPmNAdaideOs0B2QlyNYzB01nYUk2E2aQPYhU35ETtYbLFpzZnZARZNCduMVQX14CR4aEzWD7G9kgAUMTbmJPxK7E7a60tCOSNwCXEmCPpuvYeNFYcNOA==
252d4af4-15d4-4923-a617-9e4100dcdb4c	bba2aa7d-e238-4e03-b871-1d98b35e09e5	keyUse	ENC
242ed95f-0249-4a3b-8ab2-d321629277f9	bba2aa7d-e238-4e03-b871-1d98b35e09e5	certificate	MIICqTCCAZECBgGiQpeQtzANBgkqhkiG9w0BAQsFADAYMRYwFAYDVQQDDA1zZWN1cmUtYWNjZXNzMB4XDTI2MTIwNDE5NDQxOFoXDTM2MTIwNDE5NDU1OFowGDEWMBQGA1UEAwwNc2VjdXJlLWFjY2VzczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALEHvikO7WnKePNEi+AiICdDdNu9shxY6B5Dza0yBgF+PF4S1B3nJXLMSpBZ3Ho6rfQS/BSIuy7wttqrHCLAFKFZMUU0wyWeJiObgWYxl/n5cZI4T+aapF9Q2z39f2aBWC0gQCYcX2E6lfB66bzE5HPNyLsq2aFkIXCXGi9aOlCV0rg8dCxrpwN2QW/YD0hrEQ0ylq+Vw6WZfvemulalNTt6RiKTjtmvdHJTckt3+w2jD62CmMG8RtufEC43QziJXxn8l101HZFWCeMjSzLqIxg/HJtQHMNEHRdJODdHV8ITsc1YnXM28fUvY8Yz0BtbgKeYyGq7De1VrH2EK2dCEhkCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAWg8by0PKZ77zBu8k/FNjVZJp0Hrjy+I9uv0Q+Pet2TyvfjOGxY1ulTGKsPbbp6ElQq5oxylkg1V/muf3w5NPj0BAOOUltajZGUPNdPeMZe2FTS5XYnOPd0PxOy4wdel3PHibNkF2xwkVGTAWXXL+bC99crblIACc6t4E96gn/B1DmeM/nRiGyZGssvMDob/oGRabGI4O4DeTlQd0Tx9tAWjYJtK19A8WUkKA5QYgVVDzHY3Po51pimg1AV3BZl86JC9AkhrCJ7njWKyqogrbiF/ARCFk1uQGqxuEswfmx2ZSSbKQ1V4JBGb+b7WjEfayS03otPupP0H4Cy+YMMR0Ig==
93c55bf4-3ccc-493c-8f04-7c5421db68a3	bba2aa7d-e238-4e03-b871-1d98b35e09e5	algorithm	RSA-OAEP
29a55533-07b2-4ca6-8ae4-28b91b125ca6	808b87d1-fb16-49fd-b864-40acb0ebe814	keyUse	SIG
88b2c397-634b-45c3-8147-e47e7a8324d5	808b87d1-fb16-49fd-b864-40acb0ebe814	certificate	MIICqTCCAZECBgGiQpeGWjANBgkqhkiG9w0BAQsFADAYMRYwFAYDVQQDDA1zZWN1cmUtYWNjZXNzMB4XDTI2MTIwNDE5NDQxNloXDTM2MTIwNDE5NDU1NlowGDEWMBQGA1UEAwwNc2VjdXJlLWFjY2VzczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAIK9hJbRoA9OaFo6PTy/oYB5fdlGlEeLbQXu1VnhUW5Z9nSlmTmiM5F5GsRzp4M8ec9YKEgIK1x9lQQ4XRHuXlwYT5Y4pxPEgQETSSY6BQ5qw7dUUfw0R8Tz1xZq0KzDtiLKl6bPi1mkS4t5/EzIs3eBj5mcL6Wsr8eRIr+Cgao4XrXJKpLJywpPfq+TsAC/l6gKrENTeDv+bL3EHl9SWZbzy8/NLjOZvwRiNv2Ka6kXiXgzy+yRpOTiQBIDk3vAMUjhIfYfeqhTe0Ace+XNyL7nKhX02Em7HKKxzR+kP89bub15CYK6lV/ZTjlEpczsioWNINKkeLDjKOVGuuPEwoMCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAZKi5NlKX/vrBA1Slhy5kpglfMg0R6WS+kHl4MhKOn9uVDg+AXd9Q3RC7t6YHilqrjXoTdlGwczoTkRDivh1c9yxVmg4ULfuwnVw2/MxF7SpIJUeD7eIzKEf3596GxSoVClU3oFdADg6gzCnVhttAXKB6Er7SAYX/JTDSS5cr1wHJbAUX8tTomDtArXgznoc3UqBJ3owK05YvEKwLkDE4eVLKdjHdTN2I+xfhB3TaLF9S2ItPvBsXw5pvLEHeWDhhvTxNH5uTWVW8czSif0sg51b3ZyFfClNOT5McTjHQFQPxKQQGot6sLxN1iIqR2qQXBS8UYjxIDW8f+efc+l5GLA==
c02a3cdd-9d80-4be9-8f1c-c546c4b56826	808b87d1-fb16-49fd-b864-40acb0ebe814	priority	100
fabb1af5-4cfa-43fa-9042-57c3e3803882	808b87d1-fb16-49fd-b864-40acb0ebe814	privateKey	MIIEogIBAAKCAQEAgr2EltGgD05oWjo9PL+hgHl92UaUR4ttBe7VWeFRbln2dKWZOaIzkXkaxHOngzx5z1goSAgrXH2VBDhdEe5eXBhPljinE8SBARNJJjoFDmrDt1RR/DRHxPPXFmrQrMO2IsqXps+LWaRLi3n8TMizd4GPmZwvpayvx5Eiv4KBqjhetckqksnLCk9+r5OwAL+XqAqsQ1N4O/5svcQeX1JZlvPLz80uM5m/BGI2/YprqReJeDPL7JGk5OJAEgOTe8AxSOEh9h96qFN7QBx75c3IvucqFfTYSbscorHNH6Q/z1u5vXkJgrqVX9lOOUSlzOyKhY0g0qR4sOMo5Ua648TCgwIDAQABAoIBACNlizHIJHUwbclL7kt1uJSPkBaU6M1r/sL19DaG7eSaH8NaGF+Fvj97EdexVl+OLo6IGDPUXmUGrSM83Vne9xYpENcjlHyiHak8XvgmCjtqhX2rqxzEzM+Skx/DIKc9v6CwyBlGJLzK4hcrmjbxucE3xzi4FCBfXiICde1yuIdso4tz4x4cHk8IqK11Le0n9POCqPKgTDnaV9rpP66TI1hOeX1mA5K26Qidq4DAxNdCkuOl3c+mLTO9XxdLFB4Aes4n8HNMF8dWJBF+HXnIIhHbFqgRdsAepakKB4rBorNQzV+KeTrGY8I9eESLUm/pCypmquNm04HNXlYVEz+ldsUCgYEAt0J4+ZL2YmJDLV2Fadl2JjICXtC35oYPfBDKuLzPsDQpq10cmhzBZSCmX6sk1nP3WEmi52XXp78AbkrBNoNsri6bczypJnl9IZLz9QlHka5gzA0FKtHS/u4YizTLZnQxGyIsXCf3g+iRC2g2q6nIkCimKtsD0mmaIiWyhz1e69cCgYEAtqJoGOen43MMSScXfr3i2keWci1BwDz75LCQs0B2J2Y2KHFem3OLSd/T/daJivaeUz4mzF3d+y/fT7sYGSEXMwxEN3BmLQFXII4DYgHN33zj0sZ8uCh/WgLUrWLVXYeyqfiG7suobxnCApHAUdOBqB4v1rkNDePWCrd6ndBbqTUCgYB+lEBhClx6WirSY91p3lWYTkSK3xmW9ZQuep67eVbu+yio/5ho7mG6ixG/1MOOCO2YoswNjq+lYu1WQPYxxBdGPFUNBKJFO/btQMaWwsEXY93iM0AVcnaNtUForZ+sdacRecowIT76cqH0whe4/H3W7OzRfxOlu2FGIsmsVfyBYwKBgGGfSBNf6F7sxTlo+ucVaugQcfuP82BleKOSOZaHM2D2Aqb1ioN/bInNacx6W8T69EA8rZJ57kjxGuXMdSIhjPwNZ31WyFbwK3lMT8SYgEogwMqOrGXnx8L+Vl5jwPcgrMCsBrwoAl14oDqtW+ahLuIFWL7m5XJyQZwy3Qj0MbqtAoGATDTHwuUOuSBpXBMLMtfP9KSoR1+bFab08douPYpWzpbABzzsh18TfcXKhkiujiAqJiOBt8NhWS0/9wsK8DkR6mjqXWFHJNB08I4KHGB2Q/cJKrPcXZzGogGdljxVdhwIGyUr5n7ls6C1931pcPc1+ToOATQurhTu3W4KRmrp11k=
f83baf36-8509-4cca-96c9-4470f98fee72	45d188ec-2d79-496c-9384-8a7d7d607088	secret	qxCngpcxwjnwjSYG06RrdYBaamSone5HTmuhNA42XuM
b1f05c04-ac40-4374-8ddc-4bc67d5bc7f5	45d188ec-2d79-496c-9384-8a7d7d607088	priority	100
2ad35198-11b3-4071-8ea6-719fdf65d35f	45d188ec-2d79-496c-9384-8a7d7d607088	kid	5b953c54-28ea-407d-802a-85a63cbe675e
e101c8e3-e7a1-43d6-b778-c8fa81eec7f5	e41e6ca6-1a91-4582-a1dc-6dff4f8bdfb8	max-clients	200
463ff995-bf39-4ef4-b0fd-5b7924a2bf15	5a7c2be4-59ca-4852-8ae8-01f891976206	host-sending-registration-request-must-match	true
d53d58db-0f8d-4c4a-9169-014b58931f62	5a7c2be4-59ca-4852-8ae8-01f891976206	client-uris-must-match	true
a8db90d6-7dab-4c4b-9361-446305d2e5aa	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	oidc-full-name-mapper
b15d5539-4a8e-4cae-8b59-3eabcd67dbdc	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
2ba594a9-0419-4679-a4e6-ec231ba35b60	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	saml-user-attribute-mapper
7857533e-c0a2-463a-ab97-1a730d9ae1d1	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
4533e3a7-7b71-4406-a4fd-be34b34e262d	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
4057e4aa-2a9c-41f5-a704-a6f66d6ea1ce	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	oidc-address-mapper
6e5bf276-2743-40fe-ad7b-e31d79f807fa	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	saml-role-list-mapper
a78c1dfb-041f-47ca-bd84-cff897f5d99d	6cfd2353-e754-4eea-bb56-f94136882bc1	allowed-protocol-mapper-types	saml-user-property-mapper
63fc8a17-710e-499f-9d4a-ad1a32928348	7016e037-49fd-408d-88a1-6c70adb8a6cb	allow-default-scopes	true
c570a4e7-1ec5-472e-9a57-6acd029c639a	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	oidc-full-name-mapper
4f94d667-c8af-44f5-a8b2-82a5be54f9e8	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	saml-user-attribute-mapper
9d96da90-b1f1-407f-ad4a-d1028a120253	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	oidc-address-mapper
e5b55e93-8027-454d-97e0-43722d574cbc	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	oidc-sha256-pairwise-sub-mapper
ae58d173-8952-40b9-8a4d-89ec537e8bf9	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	oidc-usermodel-attribute-mapper
aeb3f281-d9e7-47a1-9883-a505eee310d0	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	saml-user-property-mapper
8c5bc626-3d72-4c2e-b4f1-7e70a5aa2c1e	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	oidc-usermodel-property-mapper
3bc062da-bee3-4fbe-a940-3d3bade8fe47	14a0ab1f-9487-4482-8088-3c0b3bde765e	allowed-protocol-mapper-types	saml-role-list-mapper
f0589f6a-2e68-4476-bf3b-1075170dc18a	eac3312b-a9f8-44a0-b655-10d4a78a2ac9	allow-default-scopes	true
\.


--
-- Data for Name: composite_role; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.composite_role (composite, child_role) FROM stdin;
69c48a74-f95b-4226-b8ce-14fc2553bf61	dcc68062-66d9-4820-ab70-43a424f354ea
69c48a74-f95b-4226-b8ce-14fc2553bf61	1d50c249-c804-4907-94a3-5ca9efa9da30
69c48a74-f95b-4226-b8ce-14fc2553bf61	1b66a186-b90e-4709-bfc4-1891bbe923c3
69c48a74-f95b-4226-b8ce-14fc2553bf61	63d9a2c3-6158-4593-9952-b03844286556
69c48a74-f95b-4226-b8ce-14fc2553bf61	a00e6637-9219-42cb-9a33-6c7ba4be2a7a
69c48a74-f95b-4226-b8ce-14fc2553bf61	205bd1be-3aed-42ae-b9c0-3f917f188c19
69c48a74-f95b-4226-b8ce-14fc2553bf61	37f93184-ae50-4fc3-a837-63caebbdbf3f
69c48a74-f95b-4226-b8ce-14fc2553bf61	40943f84-d2f3-4856-b7fe-76401f34f2d3
69c48a74-f95b-4226-b8ce-14fc2553bf61	0d5d2369-3346-4273-9c65-175a9881f47d
69c48a74-f95b-4226-b8ce-14fc2553bf61	8585a17e-3393-4a6e-a25b-2a086a513f24
69c48a74-f95b-4226-b8ce-14fc2553bf61	64407964-0e39-40b8-b832-be2b76179c1f
69c48a74-f95b-4226-b8ce-14fc2553bf61	a086c8a5-3eb1-428d-8481-d08b7abe53ba
69c48a74-f95b-4226-b8ce-14fc2553bf61	c35a3dcc-2f30-477e-90a5-3e0a6d9caacc
69c48a74-f95b-4226-b8ce-14fc2553bf61	5415eb01-c627-4c04-a3dd-bfda73296078
69c48a74-f95b-4226-b8ce-14fc2553bf61	d69aef28-8eb7-4684-80f6-b309563092c8
69c48a74-f95b-4226-b8ce-14fc2553bf61	71285225-1bc2-4100-a1e2-6db1c98c9406
69c48a74-f95b-4226-b8ce-14fc2553bf61	3b36f8cb-1423-4053-aeb8-ddc084ee3328
69c48a74-f95b-4226-b8ce-14fc2553bf61	f9962902-525a-45d4-8c49-662b83381e23
69c48a74-f95b-4226-b8ce-14fc2553bf61	591796d3-fe5b-41bb-afb1-f60a144eb262
69c48a74-f95b-4226-b8ce-14fc2553bf61	def0a05e-d08c-463e-858c-80b7a1a891d3
69c48a74-f95b-4226-b8ce-14fc2553bf61	fcb8a5d4-172f-4114-8328-72e4e74f60d9
a00e6637-9219-42cb-9a33-6c7ba4be2a7a	f9962902-525a-45d4-8c49-662b83381e23
63d9a2c3-6158-4593-9952-b03844286556	3b36f8cb-1423-4053-aeb8-ddc084ee3328
63d9a2c3-6158-4593-9952-b03844286556	def0a05e-d08c-463e-858c-80b7a1a891d3
0d5d2369-3346-4273-9c65-175a9881f47d	fcb8a5d4-172f-4114-8328-72e4e74f60d9
8c3f9000-7d35-4417-933f-1866e659f576	6927bcfc-ff60-4982-a2e5-c1699d2c4340
8c3f9000-7d35-4417-933f-1866e659f576	a60f8654-0747-478b-9de6-e1f63135b2d0
a60f8654-0747-478b-9de6-e1f63135b2d0	87a099a0-a4c0-4b46-aba4-fb3ff38b242e
9ac98d5a-9326-48de-8d15-25f6a81e0e09	30071222-eb0e-4621-ae93-7b8b7cdedbb5
69c48a74-f95b-4226-b8ce-14fc2553bf61	7d88a0f7-3f80-48c2-86e4-9dff2d6dd4d0
8c3f9000-7d35-4417-933f-1866e659f576	8cc2c2a2-844e-4434-ba58-94e34fa72395
8c3f9000-7d35-4417-933f-1866e659f576	c74802cb-3966-444d-adc4-d8c3eb574199
69c48a74-f95b-4226-b8ce-14fc2553bf61	7100fcf6-ea1a-463c-9063-468d19179a55
69c48a74-f95b-4226-b8ce-14fc2553bf61	718e42e8-c140-4595-a45a-033611922363
69c48a74-f95b-4226-b8ce-14fc2553bf61	484d2e90-2e8e-4114-bffe-2184d0f3edd9
69c48a74-f95b-4226-b8ce-14fc2553bf61	75495968-4ab2-4fae-8313-e2b504eeb10f
69c48a74-f95b-4226-b8ce-14fc2553bf61	b963f022-cf2f-46ba-93a9-5e69303dd3e8
69c48a74-f95b-4226-b8ce-14fc2553bf61	a6d2be59-efd0-45fc-9476-c833ce30f512
69c48a74-f95b-4226-b8ce-14fc2553bf61	5c9f9f93-ae54-4b1a-b378-0818bee5f05d
69c48a74-f95b-4226-b8ce-14fc2553bf61	274bc90d-f4da-49ee-82b0-ddc1658101b0
69c48a74-f95b-4226-b8ce-14fc2553bf61	5ebda8eb-d70c-4e1e-9510-24dd8cca7ca8
69c48a74-f95b-4226-b8ce-14fc2553bf61	d2666e76-e39c-482f-ae5a-0813606a91de
69c48a74-f95b-4226-b8ce-14fc2553bf61	159fd8fb-24bd-4615-9e97-f52ae73b6412
69c48a74-f95b-4226-b8ce-14fc2553bf61	686fd7f0-203a-4b6a-9e22-be587612e778
69c48a74-f95b-4226-b8ce-14fc2553bf61	2aaf79f3-ff3f-4a90-80c5-d7d7343665c3
69c48a74-f95b-4226-b8ce-14fc2553bf61	a4683803-ae1d-4cc8-98e3-6f355337f4ff
69c48a74-f95b-4226-b8ce-14fc2553bf61	f199f875-bc6e-4e77-bf83-0b85518a61cf
69c48a74-f95b-4226-b8ce-14fc2553bf61	879d2c03-ff0f-4e02-bdec-746e36a301c6
69c48a74-f95b-4226-b8ce-14fc2553bf61	31632099-c9e3-4fb0-89e3-f5af605e7b97
69c48a74-f95b-4226-b8ce-14fc2553bf61	861a89ba-6324-42dc-a984-630138c0d76b
69c48a74-f95b-4226-b8ce-14fc2553bf61	01b6d2e9-5664-420d-9016-679ce09d255f
69c48a74-f95b-4226-b8ce-14fc2553bf61	96831609-43c6-483a-8c2b-662f2213834c
75495968-4ab2-4fae-8313-e2b504eeb10f	31632099-c9e3-4fb0-89e3-f5af605e7b97
484d2e90-2e8e-4114-bffe-2184d0f3edd9	879d2c03-ff0f-4e02-bdec-746e36a301c6
484d2e90-2e8e-4114-bffe-2184d0f3edd9	01b6d2e9-5664-420d-9016-679ce09d255f
274bc90d-f4da-49ee-82b0-ddc1658101b0	96831609-43c6-483a-8c2b-662f2213834c
56930da1-9482-47f8-b8f5-fc7da02e6325	04d65b21-6f50-4725-bbf3-8fa7faef888b
56930da1-9482-47f8-b8f5-fc7da02e6325	0439355d-e37f-44fa-a2ec-8ce87f039b1a
56930da1-9482-47f8-b8f5-fc7da02e6325	491dd984-520b-4e47-99ec-2e248729fdd0
56930da1-9482-47f8-b8f5-fc7da02e6325	25e82cb2-448e-4c59-9437-b342e7d04248
56930da1-9482-47f8-b8f5-fc7da02e6325	b7942548-b358-48f4-a0e8-5ffda1c450de
56930da1-9482-47f8-b8f5-fc7da02e6325	2d3d0101-f991-48ae-9fd9-a8dafe6030d9
56930da1-9482-47f8-b8f5-fc7da02e6325	74c77245-e07c-4b0a-ab7b-6535f9f2d427
56930da1-9482-47f8-b8f5-fc7da02e6325	9cbf4cc5-c50f-44d8-b32f-c08151bec26f
56930da1-9482-47f8-b8f5-fc7da02e6325	947c4240-0735-4089-a175-fd3cb2d271a0
56930da1-9482-47f8-b8f5-fc7da02e6325	d55e518f-fa23-4bd3-b7ff-27fd79e177e9
56930da1-9482-47f8-b8f5-fc7da02e6325	91193d3e-4cd1-4b18-9809-346522ef1019
56930da1-9482-47f8-b8f5-fc7da02e6325	27866512-dabd-46a0-beb7-e889e350b5fe
56930da1-9482-47f8-b8f5-fc7da02e6325	381b2b98-a350-4fd2-a2cf-ae5a925b150d
56930da1-9482-47f8-b8f5-fc7da02e6325	35112ff5-e932-4b30-b85e-ec3dcda72e42
56930da1-9482-47f8-b8f5-fc7da02e6325	53483369-ab5c-45b6-8bf4-cb92709cd63b
56930da1-9482-47f8-b8f5-fc7da02e6325	c2c6c7a8-a90a-42c5-bd9f-cdbb81e6cd5d
56930da1-9482-47f8-b8f5-fc7da02e6325	8be59971-c7b8-40aa-b2bb-51c21f266713
56930da1-9482-47f8-b8f5-fc7da02e6325	e2a79cd2-d31a-4bc0-aad9-a30ffafcc302
56930da1-9482-47f8-b8f5-fc7da02e6325	359d3412-5732-45b2-937f-8c853f39460d
56930da1-9482-47f8-b8f5-fc7da02e6325	819117bc-5130-4035-8d63-1f3199633a2f
25e82cb2-448e-4c59-9437-b342e7d04248	8be59971-c7b8-40aa-b2bb-51c21f266713
491dd984-520b-4e47-99ec-2e248729fdd0	c2c6c7a8-a90a-42c5-bd9f-cdbb81e6cd5d
491dd984-520b-4e47-99ec-2e248729fdd0	359d3412-5732-45b2-937f-8c853f39460d
9cbf4cc5-c50f-44d8-b32f-c08151bec26f	819117bc-5130-4035-8d63-1f3199633a2f
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	87607ac1-ebf9-48d3-ade1-98f0fd740d0d
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	62a703ff-cbf6-4f3a-9ea7-5f9abe0d48e2
62a703ff-cbf6-4f3a-9ea7-5f9abe0d48e2	f8fa7d29-f8d1-49f8-86a4-c965961b2799
aefc76b0-0d3b-42e3-bd39-251168c9b0ba	cb6b8d7d-a56d-4955-ad53-e34a2b88587f
69c48a74-f95b-4226-b8ce-14fc2553bf61	ebbd742a-7dc5-4e2d-b9d6-1c8f574d6a06
56930da1-9482-47f8-b8f5-fc7da02e6325	36fb2655-e42c-43e7-943d-d11233166bab
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	27551373-2dae-43a9-8250-cc6fab9f480a
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	b788b765-d5e8-4a18-aa6b-8244afd9f185
\.


--
-- Data for Name: credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.credential (id, salt, type, user_id, created_date, user_label, secret_data, credential_data, priority, version) FROM stdin;
02c0aefc-85f4-4aea-a35a-3278adad0b2b	\N	password	e8c92c0a-9830-4d59-84d7-46c52330c50e	1796413554465	\N	{"value":"OxMyxWEo/1E7Fefti2uOx8gS3aBw5pGvEpW5p47NbAM=","salt":"iM5LU6FAiuETgTLuUvk54w==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
eb1d2673-0b0f-464c-8013-df23d77e7f47	\N	password	56d9db6c-0627-42fa-9a97-84de5609603e	1796413554565	\N	{"value":"DA2KpC0/3eeclsjSIjfkbxh/Zap0P9AkHsBn7M2FsGI=","salt":"T6PvB+6PjFHByArImCJXsQ==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
4163ce47-ceb5-4ca4-a576-7243ffd2d3de	\N	otp	56d9db6c-0627-42fa-9a97-84de5609603e	1796413554570	Authenticator app	{"value": "SecureAccessDemoAppSecret"}	{"subType": "totp", "digits": 6, "counter": 0, "period": 30, "algorithm": "HmacSHA1"}	10	0
512784e8-83f2-4aeb-bd47-f9bd7b9a1cb1	\N	password	d3ad9e7b-0f8b-4da3-bfb5-ad9953196dc3	1796413554662	\N	{"value":"IVWSYQrKv2jDCVwE6PyxE+4j50Am+iOxpLcJmNIo338=","salt":"6x2ZdzpjdqOATAHpIRwRqg==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
b9975232-9594-469b-b7e9-8825e0d4e451	\N	password	bbeb3f30-14c9-4579-ad39-94cec991effd	1796413554754	\N	{"value":"hhfasOlitWLHaDKGlHUvivOO6u30v6yOYRIXSFhMadM=","salt":"CaXkQNbp46AhbY5rpQDjnQ==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
12ce8dc4-30fa-4465-83b7-eaa217f65726	\N	otp	bbeb3f30-14c9-4579-ad39-94cec991effd	1796413554756	Authenticator app	{"value": "SecureAccessDemoAppSecret"}	{"subType": "totp", "digits": 6, "counter": 0, "period": 30, "algorithm": "HmacSHA1"}	10	0
a4aded3b-ee50-4a5a-8d49-e755a665d01b	\N	password	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	1796413559378	\N	{"value":"ykd2/6kMHDojksroyRGA4HE1eaKpMelOxY19pKqv7wE=","salt":"ArcJL0nB+Hb9COcetapowA==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
61b3a167-8468-4df7-9efc-3a000b9ebe4e	\N	password	58b425e1-fb25-43e2-a8ef-4769f6967174	1796413561158	\N	{"value":"804+7hvhFfJadi6SyHD7KEr7Dde8wXY6tb23474eH70=","salt":"eJJg42TH6D22mdZJ8T7cXA==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
5bfdab2e-e697-48c0-b6ee-65e15f227e76	\N	secure-access-phone	58b425e1-fb25-43e2-a8ef-4769f6967174	1796413561231	(•••) •••-0181	{}	{"phoneNumber":"+12025550181"}	20	0
42cfb660-ee34-413b-8f88-e4571f381324	\N	password	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413561618	\N	{"value":"6q+nutQNFRvyz8FMWkmZV7k6tNMGKbKIKMKUR2AaWAA=","salt":"Dva+r9MgfcM9RtIyuwhVGw==","additionalParameters":{}}	{"hashIterations":5,"algorithm":"argon2","additionalParameters":{"hashLength":["32"],"memory":["7168"],"type":["id"],"version":["1.3"],"parallelism":["1"]}}	10	0
16b62499-cca6-441b-a67e-16c63c2fd49e	\N	otp	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413561620	Authenticator app	{"value":"upgrade-fixture-totp-secret-20"}	{"period":30,"subType":"totp","digits":6,"algorithm":"HmacSHA1","counter":0}	20	0
\.


--
-- Data for Name: databasechangelog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
1.0.0.Final-KEYCLOAK-5461	sthorger@redhat.com	META-INF/jpa-changelog-1.0.0.Final.xml	2026-12-04 19:45:38.812969	1	EXECUTED	9:6f1016664e21e16d26517a4418f5e3df	createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...		\N	4.33.0	\N	\N	6413534795
1.0.0.Final-KEYCLOAK-5461	sthorger@redhat.com	META-INF/db2-jpa-changelog-1.0.0.Final.xml	2026-12-04 19:45:38.829986	2	MARK_RAN	9:828775b1596a07d1200ba1d49e5e3941	createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...		\N	4.33.0	\N	\N	6413534795
1.1.0.Beta1	sthorger@redhat.com	META-INF/jpa-changelog-1.1.0.Beta1.xml	2026-12-04 19:45:38.857302	3	EXECUTED	9:5f090e44a7d595883c1fb61f4b41fd38	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=CLIENT_ATTRIBUTES; createTable tableName=CLIENT_SESSION_NOTE; createTable tableName=APP_NODE_REGISTRATIONS; addColumn table...		\N	4.33.0	\N	\N	6413534795
1.1.0.Final	sthorger@redhat.com	META-INF/jpa-changelog-1.1.0.Final.xml	2026-12-04 19:45:38.860254	4	EXECUTED	9:c07e577387a3d2c04d1adc9aaad8730e	renameColumn newColumnName=EVENT_TIME, oldColumnName=TIME, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
1.2.0.Beta1	psilva@redhat.com	META-INF/jpa-changelog-1.2.0.Beta1.xml	2026-12-04 19:45:38.928085	5	EXECUTED	9:b68ce996c655922dbcd2fe6b6ae72686	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...		\N	4.33.0	\N	\N	6413534795
1.2.0.Beta1	psilva@redhat.com	META-INF/db2-jpa-changelog-1.2.0.Beta1.xml	2026-12-04 19:45:38.938142	6	MARK_RAN	9:543b5c9989f024fe35c6f6c5a97de88e	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...		\N	4.33.0	\N	\N	6413534795
1.2.0.RC1	bburke@redhat.com	META-INF/jpa-changelog-1.2.0.CR1.xml	2026-12-04 19:45:39.002335	7	EXECUTED	9:765afebbe21cf5bbca048e632df38336	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...		\N	4.33.0	\N	\N	6413534795
1.2.0.RC1	bburke@redhat.com	META-INF/db2-jpa-changelog-1.2.0.CR1.xml	2026-12-04 19:45:39.007286	8	MARK_RAN	9:db4a145ba11a6fdaefb397f6dbf829a1	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...		\N	4.33.0	\N	\N	6413534795
1.2.0.Final	keycloak	META-INF/jpa-changelog-1.2.0.Final.xml	2026-12-04 19:45:39.01253	9	EXECUTED	9:9d05c7be10cdb873f8bcb41bc3a8ab23	update tableName=CLIENT; update tableName=CLIENT; update tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
1.3.0	bburke@redhat.com	META-INF/jpa-changelog-1.3.0.xml	2026-12-04 19:45:39.082044	10	EXECUTED	9:18593702353128d53111f9b1ff0b82b8	delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=ADMI...		\N	4.33.0	\N	\N	6413534795
1.4.0	bburke@redhat.com	META-INF/jpa-changelog-1.4.0.xml	2026-12-04 19:45:39.122456	11	EXECUTED	9:6122efe5f090e41a85c0f1c9e52cbb62	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6413534795
1.4.0	bburke@redhat.com	META-INF/db2-jpa-changelog-1.4.0.xml	2026-12-04 19:45:39.12607	12	MARK_RAN	9:e1ff28bf7568451453f844c5d54bb0b5	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6413534795
1.5.0	bburke@redhat.com	META-INF/jpa-changelog-1.5.0.xml	2026-12-04 19:45:39.143503	13	EXECUTED	9:7af32cd8957fbc069f796b61217483fd	delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...		\N	4.33.0	\N	\N	6413534795
1.6.1_from15	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-04 19:45:39.161954	14	EXECUTED	9:6005e15e84714cd83226bf7879f54190	addColumn tableName=REALM; addColumn tableName=KEYCLOAK_ROLE; addColumn tableName=CLIENT; createTable tableName=OFFLINE_USER_SESSION; createTable tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_US_SES_PK2, tableName=...		\N	4.33.0	\N	\N	6413534795
1.6.1_from16-pre	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-04 19:45:39.163297	15	MARK_RAN	9:bf656f5a2b055d07f314431cae76f06c	delete tableName=OFFLINE_CLIENT_SESSION; delete tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
1.6.1_from16	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-04 19:45:39.166229	16	MARK_RAN	9:f8dadc9284440469dcf71e25ca6ab99b	dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_US_SES_PK, tableName=OFFLINE_USER_SESSION; dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_CL_SES_PK, tableName=OFFLINE_CLIENT_SESSION; addColumn tableName=OFFLINE_USER_SESSION; update tableName=OF...		\N	4.33.0	\N	\N	6413534795
1.6.1	mposolda@redhat.com	META-INF/jpa-changelog-1.6.1.xml	2026-12-04 19:45:39.168949	17	EXECUTED	9:d41d8cd98f00b204e9800998ecf8427e	empty		\N	4.33.0	\N	\N	6413534795
1.7.0	bburke@redhat.com	META-INF/jpa-changelog-1.7.0.xml	2026-12-04 19:45:39.199313	18	EXECUTED	9:3368ff0be4c2855ee2dd9ca813b38d8e	createTable tableName=KEYCLOAK_GROUP; createTable tableName=GROUP_ROLE_MAPPING; createTable tableName=GROUP_ATTRIBUTE; createTable tableName=USER_GROUP_MEMBERSHIP; createTable tableName=REALM_DEFAULT_GROUPS; addColumn tableName=IDENTITY_PROVIDER; ...		\N	4.33.0	\N	\N	6413534795
1.8.0	mposolda@redhat.com	META-INF/jpa-changelog-1.8.0.xml	2026-12-04 19:45:39.233988	19	EXECUTED	9:8ac2fb5dd030b24c0570a763ed75ed20	addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...		\N	4.33.0	\N	\N	6413534795
1.8.0-2	keycloak	META-INF/jpa-changelog-1.8.0.xml	2026-12-04 19:45:39.238521	20	EXECUTED	9:f91ddca9b19743db60e3057679810e6c	dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL		\N	4.33.0	\N	\N	6413534795
22.0.5-24031	keycloak	META-INF/jpa-changelog-22.0.0.xml	2026-12-04 19:45:43.691781	119	MARK_RAN	9:a60d2d7b315ec2d3eba9e2f145f9df28	customChange		\N	4.33.0	\N	\N	6413534795
1.8.0	mposolda@redhat.com	META-INF/db2-jpa-changelog-1.8.0.xml	2026-12-04 19:45:39.241162	21	MARK_RAN	9:831e82914316dc8a57dc09d755f23c51	addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...		\N	4.33.0	\N	\N	6413534795
1.8.0-2	keycloak	META-INF/db2-jpa-changelog-1.8.0.xml	2026-12-04 19:45:39.24308	22	MARK_RAN	9:f91ddca9b19743db60e3057679810e6c	dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL		\N	4.33.0	\N	\N	6413534795
1.9.0	mposolda@redhat.com	META-INF/jpa-changelog-1.9.0.xml	2026-12-04 19:45:39.302538	23	EXECUTED	9:bc3d0f9e823a69dc21e23e94c7a94bb1	update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=REALM; update tableName=REALM; customChange; dr...		\N	4.33.0	\N	\N	6413534795
1.9.1	keycloak	META-INF/jpa-changelog-1.9.1.xml	2026-12-04 19:45:39.308321	24	EXECUTED	9:c9999da42f543575ab790e76439a2679	modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=PUBLIC_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM		\N	4.33.0	\N	\N	6413534795
1.9.1	keycloak	META-INF/db2-jpa-changelog-1.9.1.xml	2026-12-04 19:45:39.309488	25	MARK_RAN	9:0d6c65c6f58732d81569e77b10ba301d	modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM		\N	4.33.0	\N	\N	6413534795
1.9.2	keycloak	META-INF/jpa-changelog-1.9.2.xml	2026-12-04 19:45:39.660377	26	EXECUTED	9:fc576660fc016ae53d2d4778d84d86d0	createIndex indexName=IDX_USER_EMAIL, tableName=USER_ENTITY; createIndex indexName=IDX_USER_ROLE_MAPPING, tableName=USER_ROLE_MAPPING; createIndex indexName=IDX_USER_GROUP_MAPPING, tableName=USER_GROUP_MEMBERSHIP; createIndex indexName=IDX_USER_CO...		\N	4.33.0	\N	\N	6413534795
authz-2.0.0	psilva@redhat.com	META-INF/jpa-changelog-authz-2.0.0.xml	2026-12-04 19:45:39.698808	27	EXECUTED	9:43ed6b0da89ff77206289e87eaa9c024	createTable tableName=RESOURCE_SERVER; addPrimaryKey constraintName=CONSTRAINT_FARS, tableName=RESOURCE_SERVER; addUniqueConstraint constraintName=UK_AU8TT6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER; createTable tableName=RESOURCE_SERVER_RESOU...		\N	4.33.0	\N	\N	6413534795
authz-2.5.1	psilva@redhat.com	META-INF/jpa-changelog-authz-2.5.1.xml	2026-12-04 19:45:39.701335	28	EXECUTED	9:44bae577f551b3738740281eceb4ea70	update tableName=RESOURCE_SERVER_POLICY		\N	4.33.0	\N	\N	6413534795
2.1.0-KEYCLOAK-5461	bburke@redhat.com	META-INF/jpa-changelog-2.1.0.xml	2026-12-04 19:45:39.742029	29	EXECUTED	9:bd88e1f833df0420b01e114533aee5e8	createTable tableName=BROKER_LINK; createTable tableName=FED_USER_ATTRIBUTE; createTable tableName=FED_USER_CONSENT; createTable tableName=FED_USER_CONSENT_ROLE; createTable tableName=FED_USER_CONSENT_PROT_MAPPER; createTable tableName=FED_USER_CR...		\N	4.33.0	\N	\N	6413534795
2.2.0	bburke@redhat.com	META-INF/jpa-changelog-2.2.0.xml	2026-12-04 19:45:39.751645	30	EXECUTED	9:a7022af5267f019d020edfe316ef4371	addColumn tableName=ADMIN_EVENT_ENTITY; createTable tableName=CREDENTIAL_ATTRIBUTE; createTable tableName=FED_CREDENTIAL_ATTRIBUTE; modifyDataType columnName=VALUE, tableName=CREDENTIAL; addForeignKeyConstraint baseTableName=FED_CREDENTIAL_ATTRIBU...		\N	4.33.0	\N	\N	6413534795
2.3.0	bburke@redhat.com	META-INF/jpa-changelog-2.3.0.xml	2026-12-04 19:45:39.764425	31	EXECUTED	9:fc155c394040654d6a79227e56f5e25a	createTable tableName=FEDERATED_USER; addPrimaryKey constraintName=CONSTR_FEDERATED_USER, tableName=FEDERATED_USER; dropDefaultValue columnName=TOTP, tableName=USER_ENTITY; dropColumn columnName=TOTP, tableName=USER_ENTITY; addColumn tableName=IDE...		\N	4.33.0	\N	\N	6413534795
2.4.0	bburke@redhat.com	META-INF/jpa-changelog-2.4.0.xml	2026-12-04 19:45:39.769118	32	EXECUTED	9:eac4ffb2a14795e5dc7b426063e54d88	customChange		\N	4.33.0	\N	\N	6413534795
2.5.0	bburke@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-04 19:45:39.774044	33	EXECUTED	9:54937c05672568c4c64fc9524c1e9462	customChange; modifyDataType columnName=USER_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
2.5.0-unicode-oracle	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-04 19:45:39.775908	34	MARK_RAN	9:f9753208029f582525ed12011a19d054	modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...		\N	4.33.0	\N	\N	6413534795
2.5.0-unicode-other-dbs	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-04 19:45:39.796347	35	EXECUTED	9:33d72168746f81f98ae3a1e8e0ca3554	modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...		\N	4.33.0	\N	\N	6413534795
2.5.0-duplicate-email-support	slawomir@dabek.name	META-INF/jpa-changelog-2.5.0.xml	2026-12-04 19:45:39.800235	36	EXECUTED	9:61b6d3d7a4c0e0024b0c839da283da0c	addColumn tableName=REALM		\N	4.33.0	\N	\N	6413534795
2.5.0-unique-group-names	hmlnarik@redhat.com	META-INF/jpa-changelog-2.5.0.xml	2026-12-04 19:45:39.803145	37	EXECUTED	9:8dcac7bdf7378e7d823cdfddebf72fda	addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
2.5.1	bburke@redhat.com	META-INF/jpa-changelog-2.5.1.xml	2026-12-04 19:45:39.805906	38	EXECUTED	9:a2b870802540cb3faa72098db5388af3	addColumn tableName=FED_USER_CONSENT		\N	4.33.0	\N	\N	6413534795
3.0.0	bburke@redhat.com	META-INF/jpa-changelog-3.0.0.xml	2026-12-04 19:45:39.808707	39	EXECUTED	9:132a67499ba24bcc54fb5cbdcfe7e4c0	addColumn tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6413534795
3.2.0-fix	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-04 19:45:39.80973	40	MARK_RAN	9:938f894c032f5430f2b0fafb1a243462	addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS		\N	4.33.0	\N	\N	6413534795
3.2.0-fix-with-keycloak-5416	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-04 19:45:39.811245	41	MARK_RAN	9:845c332ff1874dc5d35974b0babf3006	dropIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS; addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS; createIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS		\N	4.33.0	\N	\N	6413534795
3.2.0-fix-offline-sessions	hmlnarik	META-INF/jpa-changelog-3.2.0.xml	2026-12-04 19:45:39.816374	42	EXECUTED	9:fc86359c079781adc577c5a217e4d04c	customChange		\N	4.33.0	\N	\N	6413534795
3.2.0-fixed	keycloak	META-INF/jpa-changelog-3.2.0.xml	2026-12-04 19:45:41.523555	43	EXECUTED	9:59a64800e3c0d09b825f8a3b444fa8f4	addColumn tableName=REALM; dropPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_PK2, tableName=OFFLINE_CLIENT_SESSION; dropColumn columnName=CLIENT_SESSION_ID, tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_P...		\N	4.33.0	\N	\N	6413534795
3.3.0	keycloak	META-INF/jpa-changelog-3.3.0.xml	2026-12-04 19:45:41.531386	44	EXECUTED	9:d48d6da5c6ccf667807f633fe489ce88	addColumn tableName=USER_ENTITY		\N	4.33.0	\N	\N	6413534795
authz-3.4.0.CR1-resource-server-pk-change-part1	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-04 19:45:41.539178	45	EXECUTED	9:dde36f7973e80d71fceee683bc5d2951	addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_RESOURCE; addColumn tableName=RESOURCE_SERVER_SCOPE		\N	4.33.0	\N	\N	6413534795
authz-3.4.0.CR1-resource-server-pk-change-part2-KEYCLOAK-6095	hmlnarik@redhat.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-04 19:45:41.547544	46	EXECUTED	9:b855e9b0a406b34fa323235a0cf4f640	customChange		\N	4.33.0	\N	\N	6413534795
authz-3.4.0.CR1-resource-server-pk-change-part3-fixed	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-04 19:45:41.549045	47	MARK_RAN	9:51abbacd7b416c50c4421a8cabf7927e	dropIndex indexName=IDX_RES_SERV_POL_RES_SERV, tableName=RESOURCE_SERVER_POLICY; dropIndex indexName=IDX_RES_SRV_RES_RES_SRV, tableName=RESOURCE_SERVER_RESOURCE; dropIndex indexName=IDX_RES_SRV_SCOPE_RES_SRV, tableName=RESOURCE_SERVER_SCOPE		\N	4.33.0	\N	\N	6413534795
authz-3.4.0.CR1-resource-server-pk-change-part3-fixed-nodropindex	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-04 19:45:41.680628	48	EXECUTED	9:bdc99e567b3398bac83263d375aad143	addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_POLICY; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_RESOURCE; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, ...		\N	4.33.0	\N	\N	6413534795
authn-3.4.0.CR1-refresh-token-max-reuse	glavoie@gmail.com	META-INF/jpa-changelog-authz-3.4.0.CR1.xml	2026-12-04 19:45:41.685207	49	EXECUTED	9:d198654156881c46bfba39abd7769e69	addColumn tableName=REALM		\N	4.33.0	\N	\N	6413534795
3.4.0	keycloak	META-INF/jpa-changelog-3.4.0.xml	2026-12-04 19:45:41.707505	50	EXECUTED	9:cfdd8736332ccdd72c5256ccb42335db	addPrimaryKey constraintName=CONSTRAINT_REALM_DEFAULT_ROLES, tableName=REALM_DEFAULT_ROLES; addPrimaryKey constraintName=CONSTRAINT_COMPOSITE_ROLE, tableName=COMPOSITE_ROLE; addPrimaryKey constraintName=CONSTR_REALM_DEFAULT_GROUPS, tableName=REALM...		\N	4.33.0	\N	\N	6413534795
3.4.0-KEYCLOAK-5230	hmlnarik@redhat.com	META-INF/jpa-changelog-3.4.0.xml	2026-12-04 19:45:42.154998	51	EXECUTED	9:7c84de3d9bd84d7f077607c1a4dcb714	createIndex indexName=IDX_FU_ATTRIBUTE, tableName=FED_USER_ATTRIBUTE; createIndex indexName=IDX_FU_CONSENT, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CONSENT_RU, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CREDENTIAL, t...		\N	4.33.0	\N	\N	6413534795
3.4.1	psilva@redhat.com	META-INF/jpa-changelog-3.4.1.xml	2026-12-04 19:45:42.158257	52	EXECUTED	9:5a6bb36cbefb6a9d6928452c0852af2d	modifyDataType columnName=VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
3.4.2	keycloak	META-INF/jpa-changelog-3.4.2.xml	2026-12-04 19:45:42.160714	53	EXECUTED	9:8f23e334dbc59f82e0a328373ca6ced0	update tableName=REALM		\N	4.33.0	\N	\N	6413534795
3.4.2-KEYCLOAK-5172	mkanis@redhat.com	META-INF/jpa-changelog-3.4.2.xml	2026-12-04 19:45:42.162958	54	EXECUTED	9:9156214268f09d970cdf0e1564d866af	update tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
4.0.0-KEYCLOAK-6335	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-04 19:45:42.167213	55	EXECUTED	9:db806613b1ed154826c02610b7dbdf74	createTable tableName=CLIENT_AUTH_FLOW_BINDINGS; addPrimaryKey constraintName=C_CLI_FLOW_BIND, tableName=CLIENT_AUTH_FLOW_BINDINGS		\N	4.33.0	\N	\N	6413534795
4.0.0-CLEANUP-UNUSED-TABLE	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-04 19:45:42.171889	56	EXECUTED	9:229a041fb72d5beac76bb94a5fa709de	dropTable tableName=CLIENT_IDENTITY_PROV_MAPPING		\N	4.33.0	\N	\N	6413534795
4.0.0-KEYCLOAK-6228	bburke@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-04 19:45:42.228159	57	EXECUTED	9:079899dade9c1e683f26b2aa9ca6ff04	dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; dropNotNullConstraint columnName=CLIENT_ID, tableName=USER_CONSENT; addColumn tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHO...		\N	4.33.0	\N	\N	6413534795
4.0.0-KEYCLOAK-5579-fixed	mposolda@redhat.com	META-INF/jpa-changelog-4.0.0.xml	2026-12-04 19:45:42.694296	58	EXECUTED	9:139b79bcbbfe903bb1c2d2a4dbf001d9	dropForeignKeyConstraint baseTableName=CLIENT_TEMPLATE_ATTRIBUTES, constraintName=FK_CL_TEMPL_ATTR_TEMPL; renameTable newTableName=CLIENT_SCOPE_ATTRIBUTES, oldTableName=CLIENT_TEMPLATE_ATTRIBUTES; renameColumn newColumnName=SCOPE_ID, oldColumnName...		\N	4.33.0	\N	\N	6413534795
authz-4.0.0.CR1	psilva@redhat.com	META-INF/jpa-changelog-authz-4.0.0.CR1.xml	2026-12-04 19:45:42.714588	59	EXECUTED	9:b55738ad889860c625ba2bf483495a04	createTable tableName=RESOURCE_SERVER_PERM_TICKET; addPrimaryKey constraintName=CONSTRAINT_FAPMT, tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRHO213XCX4WNKOG82SSPMT...		\N	4.33.0	\N	\N	6413534795
authz-4.0.0.Beta3	psilva@redhat.com	META-INF/jpa-changelog-authz-4.0.0.Beta3.xml	2026-12-04 19:45:42.720897	60	EXECUTED	9:e0057eac39aa8fc8e09ac6cfa4ae15fe	addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRPO2128CX4WNKOG82SSRFY, referencedTableName=RESOURCE_SERVER_POLICY		\N	4.33.0	\N	\N	6413534795
authz-4.2.0.Final	mhajas@redhat.com	META-INF/jpa-changelog-authz-4.2.0.Final.xml	2026-12-04 19:45:42.729227	61	EXECUTED	9:42a33806f3a0443fe0e7feeec821326c	createTable tableName=RESOURCE_URIS; addForeignKeyConstraint baseTableName=RESOURCE_URIS, constraintName=FK_RESOURCE_SERVER_URIS, referencedTableName=RESOURCE_SERVER_RESOURCE; customChange; dropColumn columnName=URI, tableName=RESOURCE_SERVER_RESO...		\N	4.33.0	\N	\N	6413534795
authz-4.2.0.Final-KEYCLOAK-9944	hmlnarik@redhat.com	META-INF/jpa-changelog-authz-4.2.0.Final.xml	2026-12-04 19:45:42.733067	62	EXECUTED	9:9968206fca46eecc1f51db9c024bfe56	addPrimaryKey constraintName=CONSTRAINT_RESOUR_URIS_PK, tableName=RESOURCE_URIS		\N	4.33.0	\N	\N	6413534795
4.2.0-KEYCLOAK-6313	wadahiro@gmail.com	META-INF/jpa-changelog-4.2.0.xml	2026-12-04 19:45:42.735406	63	EXECUTED	9:92143a6daea0a3f3b8f598c97ce55c3d	addColumn tableName=REQUIRED_ACTION_PROVIDER		\N	4.33.0	\N	\N	6413534795
4.3.0-KEYCLOAK-7984	wadahiro@gmail.com	META-INF/jpa-changelog-4.3.0.xml	2026-12-04 19:45:42.737546	64	EXECUTED	9:82bab26a27195d889fb0429003b18f40	update tableName=REQUIRED_ACTION_PROVIDER		\N	4.33.0	\N	\N	6413534795
4.6.0-KEYCLOAK-7950	psilva@redhat.com	META-INF/jpa-changelog-4.6.0.xml	2026-12-04 19:45:42.739903	65	EXECUTED	9:e590c88ddc0b38b0ae4249bbfcb5abc3	update tableName=RESOURCE_SERVER_RESOURCE		\N	4.33.0	\N	\N	6413534795
4.6.0-KEYCLOAK-8377	keycloak	META-INF/jpa-changelog-4.6.0.xml	2026-12-04 19:45:42.780901	66	EXECUTED	9:5c1f475536118dbdc38d5d7977950cc0	createTable tableName=ROLE_ATTRIBUTE; addPrimaryKey constraintName=CONSTRAINT_ROLE_ATTRIBUTE_PK, tableName=ROLE_ATTRIBUTE; addForeignKeyConstraint baseTableName=ROLE_ATTRIBUTE, constraintName=FK_ROLE_ATTRIBUTE_ID, referencedTableName=KEYCLOAK_ROLE...		\N	4.33.0	\N	\N	6413534795
4.6.0-KEYCLOAK-8555	gideonray@gmail.com	META-INF/jpa-changelog-4.6.0.xml	2026-12-04 19:45:42.82275	67	EXECUTED	9:e7c9f5f9c4d67ccbbcc215440c718a17	createIndex indexName=IDX_COMPONENT_PROVIDER_TYPE, tableName=COMPONENT		\N	4.33.0	\N	\N	6413534795
4.7.0-KEYCLOAK-1267	sguilhen@redhat.com	META-INF/jpa-changelog-4.7.0.xml	2026-12-04 19:45:42.827864	68	EXECUTED	9:88e0bfdda924690d6f4e430c53447dd5	addColumn tableName=REALM		\N	4.33.0	\N	\N	6413534795
4.7.0-KEYCLOAK-7275	keycloak	META-INF/jpa-changelog-4.7.0.xml	2026-12-04 19:45:42.876118	69	EXECUTED	9:f53177f137e1c46b6a88c59ec1cb5218	renameColumn newColumnName=CREATED_ON, oldColumnName=LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION; addNotNullConstraint columnName=CREATED_ON, tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_USER_SESSION; customChange; createIn...		\N	4.33.0	\N	\N	6413534795
4.8.0-KEYCLOAK-8835	sguilhen@redhat.com	META-INF/jpa-changelog-4.8.0.xml	2026-12-04 19:45:42.881857	70	EXECUTED	9:a74d33da4dc42a37ec27121580d1459f	addNotNullConstraint columnName=SSO_MAX_LIFESPAN_REMEMBER_ME, tableName=REALM; addNotNullConstraint columnName=SSO_IDLE_TIMEOUT_REMEMBER_ME, tableName=REALM		\N	4.33.0	\N	\N	6413534795
authz-7.0.0-KEYCLOAK-10443	psilva@redhat.com	META-INF/jpa-changelog-authz-7.0.0.xml	2026-12-04 19:45:42.885175	71	EXECUTED	9:fd4ade7b90c3b67fae0bfcfcb42dfb5f	addColumn tableName=RESOURCE_SERVER		\N	4.33.0	\N	\N	6413534795
8.0.0-adding-credential-columns	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-04 19:45:42.890664	72	EXECUTED	9:aa072ad090bbba210d8f18781b8cebf4	addColumn tableName=CREDENTIAL; addColumn tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
8.0.0-updating-credential-data-not-oracle-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-04 19:45:42.897147	73	EXECUTED	9:1ae6be29bab7c2aa376f6983b932be37	update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
8.0.0-updating-credential-data-oracle-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-04 19:45:42.899333	74	MARK_RAN	9:14706f286953fc9a25286dbd8fb30d97	update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
8.0.0-credential-cleanup-fixed	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-04 19:45:42.914207	75	EXECUTED	9:2b9cc12779be32c5b40e2e67711a218b	dropDefaultValue columnName=COUNTER, tableName=CREDENTIAL; dropDefaultValue columnName=DIGITS, tableName=CREDENTIAL; dropDefaultValue columnName=PERIOD, tableName=CREDENTIAL; dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; dropColumn ...		\N	4.33.0	\N	\N	6413534795
8.0.0-resource-tag-support	keycloak	META-INF/jpa-changelog-8.0.0.xml	2026-12-04 19:45:42.951094	76	EXECUTED	9:91fa186ce7a5af127a2d7a91ee083cc5	addColumn tableName=MIGRATION_MODEL; createIndex indexName=IDX_UPDATE_TIME, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6413534795
9.0.0-always-display-client	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-04 19:45:42.953841	77	EXECUTED	9:6335e5c94e83a2639ccd68dd24e2e5ad	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
9.0.0-drop-constraints-for-column-increase	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-04 19:45:42.955113	78	MARK_RAN	9:6bdb5658951e028bfe16fa0a8228b530	dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5PMT, tableName=RESOURCE_SERVER_PERM_TICKET; dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER_RESOURCE; dropPrimaryKey constraintName=CONSTRAINT_O...		\N	4.33.0	\N	\N	6413534795
9.0.0-increase-column-size-federated-fk	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-04 19:45:42.975447	79	EXECUTED	9:d5bc15a64117ccad481ce8792d4c608f	modifyDataType columnName=CLIENT_ID, tableName=FED_USER_CONSENT; modifyDataType columnName=CLIENT_REALM_CONSTRAINT, tableName=KEYCLOAK_ROLE; modifyDataType columnName=OWNER, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=CLIENT_ID, ta...		\N	4.33.0	\N	\N	6413534795
9.0.0-recreate-constraints-after-column-increase	keycloak	META-INF/jpa-changelog-9.0.0.xml	2026-12-04 19:45:42.977667	80	MARK_RAN	9:077cba51999515f4d3e7ad5619ab592c	addNotNullConstraint columnName=CLIENT_ID, tableName=OFFLINE_CLIENT_SESSION; addNotNullConstraint columnName=OWNER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNullConstraint columnName=REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNull...		\N	4.33.0	\N	\N	6413534795
9.0.1-add-index-to-client.client_id	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-04 19:45:43.033384	81	EXECUTED	9:be969f08a163bf47c6b9e9ead8ac2afb	createIndex indexName=IDX_CLIENT_ID, tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
9.0.1-KEYCLOAK-12579-drop-constraints	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-04 19:45:43.034717	82	MARK_RAN	9:6d3bb4408ba5a72f39bd8a0b301ec6e3	dropUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
9.0.1-KEYCLOAK-12579-add-not-null-constraint	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-04 19:45:43.038453	83	EXECUTED	9:966bda61e46bebf3cc39518fbed52fa7	addNotNullConstraint columnName=PARENT_GROUP, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
9.0.1-KEYCLOAK-12579-recreate-constraints	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-04 19:45:43.039446	84	MARK_RAN	9:8dcac7bdf7378e7d823cdfddebf72fda	addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
9.0.1-add-index-to-events	keycloak	META-INF/jpa-changelog-9.0.1.xml	2026-12-04 19:45:43.079199	85	EXECUTED	9:7d93d602352a30c0c317e6a609b56599	createIndex indexName=IDX_EVENT_TIME, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
map-remove-ri	keycloak	META-INF/jpa-changelog-11.0.0.xml	2026-12-04 19:45:43.083463	86	EXECUTED	9:71c5969e6cdd8d7b6f47cebc86d37627	dropForeignKeyConstraint baseTableName=REALM, constraintName=FK_TRAF444KK6QRKMS7N56AIWQ5Y; dropForeignKeyConstraint baseTableName=KEYCLOAK_ROLE, constraintName=FK_KJHO5LE2C0RAL09FL8CM9WFW9		\N	4.33.0	\N	\N	6413534795
map-remove-ri	keycloak	META-INF/jpa-changelog-12.0.0.xml	2026-12-04 19:45:43.09001	87	EXECUTED	9:a9ba7d47f065f041b7da856a81762021	dropForeignKeyConstraint baseTableName=REALM_DEFAULT_GROUPS, constraintName=FK_DEF_GROUPS_GROUP; dropForeignKeyConstraint baseTableName=REALM_DEFAULT_ROLES, constraintName=FK_H4WPD7W4HSOOLNI3H0SW7BTJE; dropForeignKeyConstraint baseTableName=CLIENT...		\N	4.33.0	\N	\N	6413534795
12.1.0-add-realm-localization-table	keycloak	META-INF/jpa-changelog-12.0.0.xml	2026-12-04 19:45:43.095484	88	EXECUTED	9:fffabce2bc01e1a8f5110d5278500065	createTable tableName=REALM_LOCALIZATIONS; addPrimaryKey tableName=REALM_LOCALIZATIONS		\N	4.33.0	\N	\N	6413534795
default-roles	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.099962	89	EXECUTED	9:fa8a5b5445e3857f4b010bafb5009957	addColumn tableName=REALM; customChange		\N	4.33.0	\N	\N	6413534795
default-roles-cleanup	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.105125	90	EXECUTED	9:67ac3241df9a8582d591c5ed87125f39	dropTable tableName=REALM_DEFAULT_ROLES; dropTable tableName=CLIENT_DEFAULT_ROLES		\N	4.33.0	\N	\N	6413534795
13.0.0-KEYCLOAK-16844	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.142584	91	EXECUTED	9:ad1194d66c937e3ffc82386c050ba089	createIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
map-remove-ri-13.0.0	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.148923	92	EXECUTED	9:d9be619d94af5a2f5d07b9f003543b91	dropForeignKeyConstraint baseTableName=DEFAULT_CLIENT_SCOPE, constraintName=FK_R_DEF_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SCOPE_CLIENT, constraintName=FK_C_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SC...		\N	4.33.0	\N	\N	6413534795
13.0.0-KEYCLOAK-17992-drop-constraints	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.150036	93	MARK_RAN	9:544d201116a0fcc5a5da0925fbbc3bde	dropPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CLSCOPE_CL, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CL_CLSCOPE, tableName=CLIENT_SCOPE_CLIENT		\N	4.33.0	\N	\N	6413534795
13.0.0-increase-column-size-federated	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.155862	94	EXECUTED	9:43c0c1055b6761b4b3e89de76d612ccf	modifyDataType columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; modifyDataType columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT		\N	4.33.0	\N	\N	6413534795
13.0.0-KEYCLOAK-17992-recreate-constraints	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.157224	95	MARK_RAN	9:8bd711fd0330f4fe980494ca43ab1139	addNotNullConstraint columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; addNotNullConstraint columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT; addPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; createIndex indexName=...		\N	4.33.0	\N	\N	6413534795
json-string-accomodation-fixed	keycloak	META-INF/jpa-changelog-13.0.0.xml	2026-12-04 19:45:43.16186	96	EXECUTED	9:e07d2bc0970c348bb06fb63b1f82ddbf	addColumn tableName=REALM_ATTRIBUTE; update tableName=REALM_ATTRIBUTE; dropColumn columnName=VALUE, tableName=REALM_ATTRIBUTE; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=REALM_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
14.0.0-KEYCLOAK-11019	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.30242	97	EXECUTED	9:24fb8611e97f29989bea412aa38d12b7	createIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USER, tableName=OFFLINE_USER_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
14.0.0-KEYCLOAK-18286	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.303924	98	MARK_RAN	9:259f89014ce2506ee84740cbf7163aa7	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
14.0.0-KEYCLOAK-18286-revert	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.313486	99	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
14.0.0-KEYCLOAK-18286-supported-dbs	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.35849	100	EXECUTED	9:60ca84a0f8c94ec8c3504a5a3bc88ee8	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
14.0.0-KEYCLOAK-18286-unsupported-dbs	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.359798	101	MARK_RAN	9:d3d977031d431db16e2c181ce49d73e9	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
KEYCLOAK-17267-add-index-to-user-attributes	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.402146	102	EXECUTED	9:0b305d8d1277f3a89a0a53a659ad274c	createIndex indexName=IDX_USER_ATTRIBUTE_NAME, tableName=USER_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
KEYCLOAK-18146-add-saml-art-binding-identifier	keycloak	META-INF/jpa-changelog-14.0.0.xml	2026-12-04 19:45:43.406078	103	EXECUTED	9:2c374ad2cdfe20e2905a84c8fac48460	customChange		\N	4.33.0	\N	\N	6413534795
15.0.0-KEYCLOAK-18467	keycloak	META-INF/jpa-changelog-15.0.0.xml	2026-12-04 19:45:43.411278	104	EXECUTED	9:47a760639ac597360a8219f5b768b4de	addColumn tableName=REALM_LOCALIZATIONS; update tableName=REALM_LOCALIZATIONS; dropColumn columnName=TEXTS, tableName=REALM_LOCALIZATIONS; renameColumn newColumnName=TEXTS, oldColumnName=TEXTS_NEW, tableName=REALM_LOCALIZATIONS; addNotNullConstrai...		\N	4.33.0	\N	\N	6413534795
17.0.0-9562	keycloak	META-INF/jpa-changelog-17.0.0.xml	2026-12-04 19:45:43.456267	105	EXECUTED	9:a6272f0576727dd8cad2522335f5d99e	createIndex indexName=IDX_USER_SERVICE_ACCOUNT, tableName=USER_ENTITY		\N	4.33.0	\N	\N	6413534795
18.0.0-10625-IDX_ADMIN_EVENT_TIME	keycloak	META-INF/jpa-changelog-18.0.0.xml	2026-12-04 19:45:43.509067	106	EXECUTED	9:015479dbd691d9cc8669282f4828c41d	createIndex indexName=IDX_ADMIN_EVENT_TIME, tableName=ADMIN_EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
18.0.15-30992-index-consent	keycloak	META-INF/jpa-changelog-18.0.15.xml	2026-12-04 19:45:43.551618	107	EXECUTED	9:80071ede7a05604b1f4906f3bf3b00f0	createIndex indexName=IDX_USCONSENT_SCOPE_ID, tableName=USER_CONSENT_CLIENT_SCOPE		\N	4.33.0	\N	\N	6413534795
19.0.0-10135	keycloak	META-INF/jpa-changelog-19.0.0.xml	2026-12-04 19:45:43.555206	108	EXECUTED	9:9518e495fdd22f78ad6425cc30630221	customChange		\N	4.33.0	\N	\N	6413534795
20.0.0-12964-supported-dbs	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.59437	109	EXECUTED	9:e5f243877199fd96bcc842f27a1656ac	createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
20.0.0-12964-supported-dbs-edb-migration	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.645216	110	EXECUTED	9:a6b18a8e38062df5793edbe064f4aecd	dropIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE; createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
20.0.0-12964-unsupported-dbs	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.646836	111	MARK_RAN	9:1a6fcaa85e20bdeae0a9ce49b41946a5	createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
client-attributes-string-accomodation-fixed-pre-drop-index	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.65969	112	EXECUTED	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
client-attributes-string-accomodation-fixed	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.664246	113	EXECUTED	9:3f332e13e90739ed0c35b0b25b7822ca	addColumn tableName=CLIENT_ATTRIBUTES; update tableName=CLIENT_ATTRIBUTES; dropColumn columnName=VALUE, tableName=CLIENT_ATTRIBUTES; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
client-attributes-string-accomodation-fixed-post-create-index	keycloak	META-INF/jpa-changelog-20.0.0.xml	2026-12-04 19:45:43.665684	114	MARK_RAN	9:bd2bd0fc7768cf0845ac96a8786fa735	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
21.0.2-17277	keycloak	META-INF/jpa-changelog-21.0.2.xml	2026-12-04 19:45:43.669637	115	EXECUTED	9:7ee1f7a3fb8f5588f171fb9a6ab623c0	customChange		\N	4.33.0	\N	\N	6413534795
21.1.0-19404	keycloak	META-INF/jpa-changelog-21.1.0.xml	2026-12-04 19:45:43.685362	116	EXECUTED	9:3d7e830b52f33676b9d64f7f2b2ea634	modifyDataType columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=LOGIC, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=POLICY_ENFORCE_MODE, tableName=RESOURCE_SERVER		\N	4.33.0	\N	\N	6413534795
21.1.0-19404-2	keycloak	META-INF/jpa-changelog-21.1.0.xml	2026-12-04 19:45:43.687179	117	MARK_RAN	9:627d032e3ef2c06c0e1f73d2ae25c26c	addColumn tableName=RESOURCE_SERVER_POLICY; update tableName=RESOURCE_SERVER_POLICY; dropColumn columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; renameColumn newColumnName=DECISION_STRATEGY, oldColumnName=DECISION_STRATEGY_NEW, tabl...		\N	4.33.0	\N	\N	6413534795
22.0.0-17484-updated	keycloak	META-INF/jpa-changelog-22.0.0.xml	2026-12-04 19:45:43.690845	118	EXECUTED	9:90af0bfd30cafc17b9f4d6eccd92b8b3	customChange		\N	4.33.0	\N	\N	6413534795
23.0.0-12062	keycloak	META-INF/jpa-changelog-23.0.0.xml	2026-12-04 19:45:43.696201	120	EXECUTED	9:2168fbe728fec46ae9baf15bf80927b8	addColumn tableName=COMPONENT_CONFIG; update tableName=COMPONENT_CONFIG; dropColumn columnName=VALUE, tableName=COMPONENT_CONFIG; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=COMPONENT_CONFIG		\N	4.33.0	\N	\N	6413534795
23.0.0-17258	keycloak	META-INF/jpa-changelog-23.0.0.xml	2026-12-04 19:45:43.698425	121	EXECUTED	9:36506d679a83bbfda85a27ea1864dca8	addColumn tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
24.0.0-9758	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-04 19:45:43.849791	122	EXECUTED	9:502c557a5189f600f0f445a9b49ebbce	addColumn tableName=USER_ATTRIBUTE; addColumn tableName=FED_USER_ATTRIBUTE; createIndex indexName=USER_ATTR_LONG_VALUES, tableName=USER_ATTRIBUTE; createIndex indexName=FED_USER_ATTR_LONG_VALUES, tableName=FED_USER_ATTRIBUTE; createIndex indexName...		\N	4.33.0	\N	\N	6413534795
24.0.0-9758-2	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-04 19:45:43.852989	123	EXECUTED	9:bf0fdee10afdf597a987adbf291db7b2	customChange		\N	4.33.0	\N	\N	6413534795
24.0.0-26618-drop-index-if-present	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-04 19:45:43.857445	124	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
24.0.0-26618-reindex	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-04 19:45:43.891155	125	EXECUTED	9:08707c0f0db1cef6b352db03a60edc7f	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
24.0.0-26618-edb-migration	keycloak	META-INF/jpa-changelog-24.0.0.xml	2026-12-04 19:45:43.930295	126	EXECUTED	9:2f684b29d414cd47efe3a3599f390741	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES; createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
24.0.2-27228	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-04 19:45:43.933429	127	EXECUTED	9:eaee11f6b8aa25d2cc6a84fb86fc6238	customChange		\N	4.33.0	\N	\N	6413534795
24.0.2-27967-drop-index-if-present	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-04 19:45:43.935171	128	MARK_RAN	9:04baaf56c116ed19951cbc2cca584022	dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
24.0.2-27967-reindex	keycloak	META-INF/jpa-changelog-24.0.2.xml	2026-12-04 19:45:43.936986	129	MARK_RAN	9:d3d977031d431db16e2c181ce49d73e9	createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-tables	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:43.940777	130	EXECUTED	9:deda2df035df23388af95bbd36c17cef	addColumn tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-creation	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:43.980596	131	EXECUTED	9:3e96709818458ae49f3c679ae58d263a	createIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-cleanup-uss-createdon	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:43.986897	132	EXECUTED	9:78ab4fc129ed5e8265dbcc3485fba92f	dropIndex indexName=IDX_OFFLINE_USS_CREATEDON, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-cleanup-uss-preload	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:43.993678	133	EXECUTED	9:de5f7c1f7e10994ed8b62e621d20eaab	dropIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-cleanup-uss-by-usersess	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.000112	134	EXECUTED	9:6eee220d024e38e89c799417ec33667f	dropIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-cleanup-css-preload	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.006028	135	EXECUTED	9:5411d2fb2891d3e8d63ddb55dfa3c0c9	dropIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-2-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.007486	136	MARK_RAN	9:b7ef76036d3126bb83c2423bf4d449d6	createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-28265-index-2-not-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.050701	137	EXECUTED	9:23396cf51ab8bc1ae6f0cac7f9f6fcf7	createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
25.0.0-org	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.062907	138	EXECUTED	9:5c859965c2c9b9c72136c360649af157	createTable tableName=ORG; addUniqueConstraint constraintName=UK_ORG_NAME, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_GROUP, tableName=ORG; createTable tableName=ORG_DOMAIN		\N	4.33.0	\N	\N	6413534795
unique-consentuser	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.071784	139	EXECUTED	9:5857626a2ea8767e9a6c66bf3a2cb32f	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6413534795
unique-consentuser-edb-migration	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.078485	140	MARK_RAN	9:5857626a2ea8767e9a6c66bf3a2cb32f	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6413534795
unique-consentuser-mysql	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.080553	141	MARK_RAN	9:b79478aad5adaa1bc428e31563f55e8e	customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...		\N	4.33.0	\N	\N	6413534795
25.0.0-28861-index-creation	keycloak	META-INF/jpa-changelog-25.0.0.xml	2026-12-04 19:45:44.158101	142	EXECUTED	9:b9acb58ac958d9ada0fe12a5d4794ab1	createIndex indexName=IDX_PERM_TICKET_REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; createIndex indexName=IDX_PERM_TICKET_OWNER, tableName=RESOURCE_SERVER_PERM_TICKET		\N	4.33.0	\N	\N	6413534795
26.0.0-org-alias	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.163269	143	EXECUTED	9:6ef7d63e4412b3c2d66ed179159886a4	addColumn tableName=ORG; update tableName=ORG; addNotNullConstraint columnName=ALIAS, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_ALIAS, tableName=ORG		\N	4.33.0	\N	\N	6413534795
26.0.0-org-group	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.170031	144	EXECUTED	9:da8e8087d80ef2ace4f89d8c5b9ca223	addColumn tableName=KEYCLOAK_GROUP; update tableName=KEYCLOAK_GROUP; addNotNullConstraint columnName=TYPE, tableName=KEYCLOAK_GROUP; customChange		\N	4.33.0	\N	\N	6413534795
26.0.0-org-indexes	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.206725	145	EXECUTED	9:79b05dcd610a8c7f25ec05135eec0857	createIndex indexName=IDX_ORG_DOMAIN_ORG_ID, tableName=ORG_DOMAIN		\N	4.33.0	\N	\N	6413534795
26.0.0-org-group-membership	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.210947	146	EXECUTED	9:a6ace2ce583a421d89b01ba2a28dc2d4	addColumn tableName=USER_GROUP_MEMBERSHIP; update tableName=USER_GROUP_MEMBERSHIP; addNotNullConstraint columnName=MEMBERSHIP_TYPE, tableName=USER_GROUP_MEMBERSHIP		\N	4.33.0	\N	\N	6413534795
31296-persist-revoked-access-tokens	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.215487	147	EXECUTED	9:64ef94489d42a358e8304b0e245f0ed4	createTable tableName=REVOKED_TOKEN; addPrimaryKey constraintName=CONSTRAINT_RT, tableName=REVOKED_TOKEN		\N	4.33.0	\N	\N	6413534795
31725-index-persist-revoked-access-tokens	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.253683	148	EXECUTED	9:b994246ec2bf7c94da881e1d28782c7b	createIndex indexName=IDX_REV_TOKEN_ON_EXPIRE, tableName=REVOKED_TOKEN		\N	4.33.0	\N	\N	6413534795
26.0.0-idps-for-login	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.335931	149	EXECUTED	9:51f5fffadf986983d4bd59582c6c1604	addColumn tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_REALM_ORG, tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER; customChange		\N	4.33.0	\N	\N	6413534795
26.0.0-32583-drop-redundant-index-on-client-session	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.340963	150	EXECUTED	9:24972d83bf27317a055d234187bb4af9	dropIndex indexName=IDX_US_SESS_ID_ON_CL_SESS, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.0.0.32582-remove-tables-user-session-user-session-note-and-client-session	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.35452	151	EXECUTED	9:febdc0f47f2ed241c59e60f58c3ceea5	dropTable tableName=CLIENT_SESSION_ROLE; dropTable tableName=CLIENT_SESSION_NOTE; dropTable tableName=CLIENT_SESSION_PROT_MAPPER; dropTable tableName=CLIENT_SESSION_AUTH_STATUS; dropTable tableName=CLIENT_USER_SESSION_NOTE; dropTable tableName=CLI...		\N	4.33.0	\N	\N	6413534795
26.0.0-33201-org-redirect-url	keycloak	META-INF/jpa-changelog-26.0.0.xml	2026-12-04 19:45:44.360152	152	EXECUTED	9:4d0e22b0ac68ebe9794fa9cb752ea660	addColumn tableName=ORG		\N	4.33.0	\N	\N	6413534795
29399-jdbc-ping-default	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-04 19:45:44.365552	153	EXECUTED	9:007dbe99d7203fca403b89d4edfdf21e	createTable tableName=JGROUPS_PING; addPrimaryKey constraintName=CONSTRAINT_JGROUPS_PING, tableName=JGROUPS_PING		\N	4.33.0	\N	\N	6413534795
26.1.0-34013	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-04 19:45:44.369558	154	EXECUTED	9:e6b686a15759aef99a6d758a5c4c6a26	addColumn tableName=ADMIN_EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
26.1.0-34380	keycloak	META-INF/jpa-changelog-26.1.0.xml	2026-12-04 19:45:44.372607	155	EXECUTED	9:ac8b9edb7c2b6c17a1c7a11fcf5ccf01	dropTable tableName=USERNAME_LOGIN_FAILURE		\N	4.33.0	\N	\N	6413534795
26.2.0-36750	keycloak	META-INF/jpa-changelog-26.2.0.xml	2026-12-04 19:45:44.377307	156	EXECUTED	9:b49ce951c22f7eb16480ff085640a33a	createTable tableName=SERVER_CONFIG		\N	4.33.0	\N	\N	6413534795
26.2.0-26106	keycloak	META-INF/jpa-changelog-26.2.0.xml	2026-12-04 19:45:44.379686	157	EXECUTED	9:b5877d5dab7d10ff3a9d209d7beb6680	addColumn tableName=CREDENTIAL		\N	4.33.0	\N	\N	6413534795
26.2.6-39866-duplicate	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-04 19:45:44.382686	158	EXECUTED	9:1dc67ccee24f30331db2cba4f372e40e	customChange		\N	4.33.0	\N	\N	6413534795
26.2.6-39866-uk	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-04 19:45:44.386199	159	EXECUTED	9:b70b76f47210cf0a5f4ef0e219eac7cd	addUniqueConstraint constraintName=UK_MIGRATION_VERSION, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6413534795
26.2.6-40088-duplicate	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-04 19:45:44.388797	160	EXECUTED	9:cc7e02ed69ab31979afb1982f9670e8f	customChange		\N	4.33.0	\N	\N	6413534795
26.2.6-40088-uk	keycloak	META-INF/jpa-changelog-26.2.6.xml	2026-12-04 19:45:44.391198	161	EXECUTED	9:5bb848128da7bc4595cc507383325241	addUniqueConstraint constraintName=UK_MIGRATION_UPDATE_TIME, tableName=MIGRATION_MODEL		\N	4.33.0	\N	\N	6413534795
26.3.0-groups-description	keycloak	META-INF/jpa-changelog-26.3.0.xml	2026-12-04 19:45:44.394161	162	EXECUTED	9:e1a3c05574326fb5b246b73b9a4c4d49	addColumn tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
26.4.0-40933-saml-encryption-attributes	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-04 19:45:44.396754	163	EXECUTED	9:7e9eaba362ca105efdda202303a4fe49	customChange		\N	4.33.0	\N	\N	6413534795
26.4.0-51321	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-04 19:45:44.431646	164	EXECUTED	9:34bab2bc56f75ffd7e347c580874e306	createIndex indexName=IDX_EVENT_ENTITY_USER_ID_TYPE, tableName=EVENT_ENTITY		\N	4.33.0	\N	\N	6413534795
40343-workflow-state-table	keycloak	META-INF/jpa-changelog-26.4.0.xml	2026-12-04 19:45:44.516426	165	EXECUTED	9:ed3ab4723ceed210e5b5e60ac4562106	createTable tableName=WORKFLOW_STATE; addPrimaryKey constraintName=PK_WORKFLOW_STATE, tableName=WORKFLOW_STATE; addUniqueConstraint constraintName=UQ_WORKFLOW_RESOURCE, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_STEP, table...		\N	4.33.0	\N	\N	6413534795
26.5.0-index-offline-css-by-client	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.563379	166	EXECUTED	9:383e981ce95d16e32af757b7998820f7	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-index-offline-css-by-client-storage-provider	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.610332	167	EXECUTED	9:f5bc200e6fa7d7e483854dee535ca425	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_STORAGE_PROVIDER, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-idp-config-allow-null-fixed-drop-mssql-index	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.611649	168	MARK_RAN	9:50c51d2c98cd1d624eb1c485c3cf1f75	dropIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6413534795
26.5.0-idp-config-allow-null	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.621227	169	EXECUTED	9:b667fb087874303b324c1af7fae4f606	dropDefaultValue columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=STORE_TOKEN, tableName=IDENTITY_PROVIDER; dropDefaultValue columnName...		\N	4.33.0	\N	\N	6413534795
26.5.0-idp-config-allow-null-fixed-create-mssql-index	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.622708	170	MARK_RAN	9:dcbbb24c151c3b0b59f12fede23cc94d	createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6413534795
26.5.0-remove-workflow-provider-id-column	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.665025	171	EXECUTED	9:d8eeb324484d45e946d03b953e168b21	dropIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; dropColumn columnName=WORKFLOW_PROVIDER_ID, tableName=WORKFLOW_STATE		\N	4.33.0	\N	\N	6413534795
26.5.0-add-remember-me	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.668994	172	EXECUTED	9:a7273ea8b21bd2f674c9c49141999f05	addColumn tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-add-sess-refresh-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.70725	173	EXECUTED	9:ce49383d317ccbcd3434d1f21172b0b7	createIndex indexName=IDX_USER_SESSION_EXPIRATION_CREATED, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-add-sess-create-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.748213	174	EXECUTED	9:aaee09e23a4d8468fbc5c51b7b314c58	createIndex indexName=IDX_USER_SESSION_EXPIRATION_LAST_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-drop-sess-refresh-idx	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.757502	175	EXECUTED	9:f0082210b6ccbbaf81287c27aa23753c	dropIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION		\N	4.33.0	\N	\N	6413534795
26.5.0-mysql-mariadb-default-charset-collation	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.758446	176	MARK_RAN	9:1b383fa60d2db0a8952b365e725f9d16	customChange		\N	4.33.0	\N	\N	6413534795
26.5.0-invitations-table-fixed2	keycloak	META-INF/jpa-changelog-26.5.0.xml	2026-12-04 19:45:44.869462	177	EXECUTED	9:322cb11fc03181903dcd67a54f8b3cf0	createTable tableName=ORG_INVITATION; addForeignKeyConstraint baseTableName=ORG_INVITATION, constraintName=FK_ORG_INVITATION_ORG, referencedTableName=ORG; createIndex indexName=IDX_ORG_INVITATION_ORG_ID, tableName=ORG_INVITATION; createIndex index...		\N	4.33.0	\N	\N	6413534795
26.6.0-45009-broker-link-user-id	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:44.914948	178	EXECUTED	9:05026bbbc8d2ead5afcbda2f5fdf3a2b	createIndex indexName=IDX_BROKER_LINK_USER_ID, tableName=BROKER_LINK		\N	4.33.0	\N	\N	6413534795
26.6.0-45009-broker-link-identity-provider	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:44.958238	179	EXECUTED	9:7d9a0253c9de7be754efef8bba4265bd	createIndex indexName=IDX_BROKER_LINK_IDENTITY_PROVIDER, tableName=BROKER_LINK		\N	4.33.0	\N	\N	6413534795
26.6.0-org-group-relationship	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.002535	180	EXECUTED	9:05685853fba030f53548ac6bf23245e3	addColumn tableName=KEYCLOAK_GROUP; addForeignKeyConstraint baseTableName=KEYCLOAK_GROUP, constraintName=FK_GROUP_ORGANIZATION, referencedTableName=ORG; createIndex indexName=IDX_GROUP_ORG_ID, tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
26.6.0-44424-index-css-user-session-and-offline	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.056176	181	EXECUTED	9:a704d8598df241a3fd3cb91b6ab4b2d4	createIndex indexName=IDX_OFFLINE_CSS_BY_USER_SESSION_AND_OFFLINE, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.6.0-44424-create-realm-in-client-session	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.060826	182	EXECUTED	9:77dbbc72d943e98cfe472ba8cc56a31c	addColumn tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.6.0-44424-set-realm-in-client-session	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.065148	183	EXECUTED	9:3964a3148d32a55ef81126e23cdf6721	customChange		\N	4.33.0	\N	\N	6413534795
26.6.0-44424-idx-css-realm-and-clients	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.1135	184	EXECUTED	9:a093877fff41185ac24103be80e00968	createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_AND_REALM, tableName=OFFLINE_CLIENT_SESSION		\N	4.33.0	\N	\N	6413534795
26.6.0-add-last-modified-timestamp-user	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.118483	185	EXECUTED	9:8aa583d2cdd9e913dff42fecd626c560	addColumn tableName=USER_ENTITY		\N	4.33.0	\N	\N	6413534795
26.6.0-add-timestamps-group	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.123532	186	EXECUTED	9:4363d45dc25105a3fc5db9ff6936b0a9	addColumn tableName=KEYCLOAK_GROUP		\N	4.33.0	\N	\N	6413534795
26.6.0-43829-user-created-timestamp-index	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.164777	187	EXECUTED	9:f2531a49b8bb21a7a97966d88fd1a411	createIndex indexName=IDX_USER_CREATED_TIMESTAMP, tableName=USER_ENTITY		\N	4.33.0	\N	\N	6413534795
26.6.0-48716-create-mssql-idp-index	keycloak	META-INF/jpa-changelog-26.6.0.xml	2026-12-04 19:45:45.166212	188	MARK_RAN	9:dcbbb24c151c3b0b59f12fede23cc94d	createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER		\N	4.33.0	\N	\N	6413534795
26.7.0-jdbcping-timestamp	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.169544	189	EXECUTED	9:9a91f62e494bd013594e007b74d01638	addColumn tableName=JGROUPS_PING		\N	4.33.0	\N	\N	6413534795
26.7.0-45292-realm-display-name-add-column	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.173763	190	EXECUTED	9:1de8c7824ce4fd7c739db6195f42be21	addColumn tableName=REALM		\N	4.33.0	\N	\N	6413534795
26.7.0-45292-realm-display-name-migrate-data	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.177503	191	EXECUTED	9:293096bc554dd51428d1d9882f2de1dd	customChange		\N	4.33.0	\N	\N	6413534795
26.7.0-45292-realm-display-name-remove-attribute	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.179689	192	EXECUTED	9:a08357e3b0908c09d478e692cf82f865	delete tableName=REALM_ATTRIBUTE		\N	4.33.0	\N	\N	6413534795
26.7.0-verifiable-credential	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.193712	193	EXECUTED	9:68d8df23794085e79ba08b5046cba31d	createTable tableName=USER_VER_CREDENTIAL; addPrimaryKey constraintName=CONSTRAINT_VCRED_PM, tableName=USER_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=USER_VER_CREDENTIAL, constraintName=FK_VCRED_USER, referencedTableName=USER_ENTITY; a...		\N	4.33.0	\N	\N	6413534795
26.7.0-federated-verifiable-credentials-1	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.243427	194	EXECUTED	9:49092fa73b1c2b3afca48d91b8111c65	createTable tableName=FED_USER_VER_CREDENTIAL; addUniqueConstraint constraintName=UK_FED_USER_VC, tableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_USER_VC_REALM_USER, tableName=FED_USER_VER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
26.7.0-outbox	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.423152	195	EXECUTED	9:338b2743ca1be95f895d8f9b0cbe7b55	createTable tableName=OUTBOX_ENTRY; addUniqueConstraint constraintName=UC_OUTBOX_KIND_OWNER_CORRELATION, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_DRAIN, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_REALM, tableName=OUTB...		\N	4.33.0	\N	\N	6413534795
26.7.0-9686-dynamic-scopes-consent	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.43087	196	EXECUTED	9:fb689bc3ff64e174d6319014b38876f1	addColumn tableName=USER_CONSENT_CLIENT_SCOPE; dropPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addColumn...		\N	4.33.0	\N	\N	6413534795
26.7.0-46204-issued-ver-credential-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.471185	197	EXECUTED	9:4918c6f68ba90ce417f1aaa031013168	createTable tableName=ISSUED_VER_CREDENTIAL; addPrimaryKey constraintName=PK_ISSUED_VER_CREDENTIAL, tableName=ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=ISSUED_VER_CREDENTIAL, constraintName=FK_ISSUED_VER_CREDENTIAL_USER, referen...		\N	4.33.0	\N	\N	6413534795
26.7.0-issued-ver-credential-expires-at-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.509037	198	EXECUTED	9:ab9e4c0c9f21d9217ffe52968a3cf732	createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_EXPIRES_AT, tableName=ISSUED_VER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
26.7.0-issued-ver-credential-vc-id-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.545621	199	EXECUTED	9:1c9b18926e48b4b66d0341400bd13834	createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_VC, tableName=ISSUED_VER_CREDENTIAL		\N	4.33.0	\N	\N	6413534795
26.7.0-federated-issued-ver-credential	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.690264	200	EXECUTED	9:3d610f5527879623a0d2362e64fa667f	createTable tableName=FED_ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=FED_ISSUED_VER_CREDENTIAL, constraintName=FK_FED_ISSUED_VC_VER_CRED, referencedTableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_ISSUED_VC_USER, ...		\N	4.33.0	\N	\N	6413534795
26.7.0-persistent-auth-session-root-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.698004	201	EXECUTED	9:ad622d5eebdf468747a0d08d2367a68e	createTable tableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6413534795
26.7.0-persistent-auth-session-root-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.786057	202	EXECUTED	9:3090cd11d2dfeb5df754f41c0ffa35d7	createIndex indexName=IDX_ROOT_AUTH_SESSION_REALM, tableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6413534795
26.7.0-persistent-auth-session-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.797825	203	EXECUTED	9:609b8a172e43f617bb8920efd2b9ae5f	createTable tableName=AUTH_SESSION; addPrimaryKey constraintName=PK_AUTH_SESSION, tableName=AUTH_SESSION; addForeignKeyConstraint baseTableName=AUTH_SESSION, constraintName=FK_AUTH_SESSION_ROOT, referencedTableName=ROOT_AUTH_SESSION		\N	4.33.0	\N	\N	6413534795
26.7.0-single-use-object-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.80232	204	EXECUTED	9:22bc4eb8e456b3b7be2808e457a44cb7	createTable tableName=SINGLE_USE_OBJECT		\N	4.33.0	\N	\N	6413534795
26.7.0-single-use-object-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.840651	205	EXECUTED	9:b2ad66c013f48dc131ce109eface7fa5	createIndex indexName=IDX_SINGLE_USE_OBJ_EXPIRE, tableName=SINGLE_USE_OBJECT		\N	4.33.0	\N	\N	6413534795
26.7.0-login-failure-table	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.852375	206	EXECUTED	9:671b50f88904b24ceb02463dd2d0c045	createTable tableName=LOGIN_FAILURE; addPrimaryKey constraintName=PK_LOGIN_FAILURE, tableName=LOGIN_FAILURE		\N	4.33.0	\N	\N	6413534795
26.7.0-login-failure-index	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.892654	207	EXECUTED	9:f554afc6ad14784c99f6ad8811ac30ec	createIndex indexName=IDX_LOGIN_FAILURE_EXPIRE, tableName=LOGIN_FAILURE		\N	4.33.0	\N	\N	6413534795
26.7.0-add-timestamps-client	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.898297	208	EXECUTED	9:df5324c82398b446690b206c07649d40	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
26.7.0-add-last-modified-timestamp-client	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.903506	209	EXECUTED	9:bae67d2faa5438ee35adfbb20a53c3c6	addColumn tableName=CLIENT		\N	4.33.0	\N	\N	6413534795
26.7.0-cluster-event	keycloak	META-INF/jpa-changelog-26.7.0.xml	2026-12-04 19:45:45.947775	210	EXECUTED	9:556b201eb9c378fa05d5bf22ec9c8dcf	createTable tableName=CLUSTER_EVENT; addPrimaryKey constraintName=PK_CLUSTER_EVENT, tableName=CLUSTER_EVENT; createIndex indexName=IDX_CLUSTER_EVENT_TARGET, tableName=CLUSTER_EVENT		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangelog_sa_login_h; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_sa_login_h (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
secure-access-login-history-1	secure-access	META-INF/secure-access/login-history-changelog.xml	2026-12-04 19:45:46.184508	1	EXECUTED	9:7ffccd758fddc67d92541ca321a44ded	createTable tableName=SA_LOGIN_HISTORY; createIndex indexName=IDX_SA_HISTORY_USER_TIME, tableName=SA_LOGIN_HISTORY; createIndex indexName=IDX_SA_HISTORY_TIME, tableName=SA_LOGIN_HISTORY		\N	4.33.0	\N	\N	6413534795
secure-access-login-history-2	secure-access	META-INF/secure-access/login-history-changelog.xml	2026-12-04 19:45:46.189156	2	EXECUTED	9:910db4d4d22002995ff18ddaf3d6fd33	createIndex indexName=IDX_SA_HISTORY_USER_DEVICE, tableName=SA_LOGIN_HISTORY		\N	4.33.0	\N	\N	6413534795
secure-access-login-history-3	secure-access	META-INF/secure-access/login-history-changelog.xml	2026-12-04 19:45:46.196615	3	EXECUTED	9:2da3167da9b73ee13b42d2778fd46641	addColumn tableName=SA_LOGIN_HISTORY; createTable tableName=SA_LOGIN_HISTORY_TALLY; createIndex indexName=IDX_SA_HISTORY_TALLY_HOUR, tableName=SA_LOGIN_HISTORY_TALLY; createIndex indexName=IDX_SA_HISTORY_TALLY_USER, tableName=SA_LOGIN_HISTORY_TALLY		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangelog_sa_proofin; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_sa_proofin (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
secure-access-proofing-1	secure-access	META-INF/secure-access/proofing-changelog.xml	2026-12-04 19:45:46.291348	1	EXECUTED	9:8460726708e22e050dafb46690d77735	createTable tableName=SA_PROOFING; addUniqueConstraint constraintName=UK_SA_PROOFING_USER, tableName=SA_PROOFING; addUniqueConstraint constraintName=UK_SA_PROOFING_PERSON, tableName=SA_PROOFING; createTable tableName=SA_PROOFING_FUNNEL; addPrimary...		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangelog_sa_recover; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_sa_recover (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
secure-access-recovery-1	secure-access	META-INF/secure-access/recovery-changelog.xml	2026-12-04 19:45:46.333925	1	EXECUTED	9:f7f58fd8a5781b2dce675f1e6ece9ed2	createTable tableName=SA_RECOVERY_REQUEST; addUniqueConstraint constraintName=UK_SA_RECOVERY_LIVE, tableName=SA_RECOVERY_REQUEST; createIndex indexName=IDX_SA_RECOVERY_USER, tableName=SA_RECOVERY_REQUEST; createIndex indexName=IDX_SA_RECOVERY_READ...		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangelog_sa_referen; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_sa_referen (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
secure-access-reference-records-1	secure-access	META-INF/secure-access/reference-records-changelog.xml	2026-12-04 19:45:46.251751	1	EXECUTED	9:e6cd52ecb90ac47aabc2637eff5fe28f	createTable tableName=SA_REFERENCE_PERSON; addUniqueConstraint constraintName=UK_SA_REF_PERSON_TAX_ID, tableName=SA_REFERENCE_PERSON; createIndex indexName=IDX_SA_REF_PERSON_BATCH, tableName=SA_REFERENCE_PERSON; createTable tableName=SA_REFERENCE_...		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangelog_sa_securit; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangelog_sa_securit (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, description, comments, tag, liquibase, contexts, labels, deployment_id) FROM stdin;
secure-access-security-counters-1	secure-access	META-INF/secure-access/security-counters-changelog.xml	2026-12-04 19:45:46.034594	1	EXECUTED	9:15c1f47864c8e947c5ec49164c9c256d	createTable tableName=SA_SECURITY_COUNTER; createIndex indexName=IDX_SA_COUNTER_EXPIRES, tableName=SA_SECURITY_COUNTER		\N	4.33.0	\N	\N	6413534795
secure-access-security-counters-2	secure-access	META-INF/secure-access/security-counters-changelog.xml	2026-12-04 19:45:46.122159	2	EXECUTED	9:4b26c158f95f2a9f1800d61249b9a7b5	addColumn tableName=SA_SECURITY_COUNTER		\N	4.33.0	\N	\N	6413534795
\.


--
-- Data for Name: databasechangeloglock; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.databasechangeloglock (id, locked, lockgranted, lockedby) FROM stdin;
1	f	\N	\N
1000	f	\N	\N
\.


--
-- Data for Name: default_client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.default_client_scope (realm_id, scope_id, default_scope) FROM stdin;
19c25565-93b7-4a6b-ad9e-9fc03b165457	8443ad72-cf33-4ba3-b260-a8b242087e87	f
19c25565-93b7-4a6b-ad9e-9fc03b165457	102014d8-8fe1-47c9-8e30-5babae55598b	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	b90c16c6-ef3a-443f-a670-59ad9957e007	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	4a8e11aa-fc42-4bbd-96e7-8473a8fd9d0a	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	3db7bb09-2e76-4c08-a35a-0b0914904272	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	a0ce5d72-8456-4c80-b364-9ce2b0c2556a	f
19c25565-93b7-4a6b-ad9e-9fc03b165457	9374df68-a001-43ed-a967-5ed1e41caae8	f
19c25565-93b7-4a6b-ad9e-9fc03b165457	268bb965-cf6c-4b6f-b376-3ad95822bc36	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	6d13b382-020d-4653-8c44-e25b3bd8884e	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	6223050a-5da1-4c76-8526-34d996127102	f
19c25565-93b7-4a6b-ad9e-9fc03b165457	8bd8e780-94bc-4484-b47a-cad935a76017	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	534577c4-1b0e-44d7-8744-aa2e96d71f49	t
19c25565-93b7-4a6b-ad9e-9fc03b165457	5255bba0-5497-47f2-8c26-7c72ac52c119	f
6519ca87-5883-4ea0-9761-687f673cbb56	6c3871d8-d5c0-4459-9357-6e67348ab86b	f
6519ca87-5883-4ea0-9761-687f673cbb56	ef8fdb29-738a-49ea-a93a-f218571af39c	t
6519ca87-5883-4ea0-9761-687f673cbb56	365bddeb-3801-48a4-aa87-54841d173431	t
6519ca87-5883-4ea0-9761-687f673cbb56	a6a51eed-ebc8-4afa-a45f-cc36c0258749	t
6519ca87-5883-4ea0-9761-687f673cbb56	e390987b-17ca-43a6-bad5-35511ce75d09	t
6519ca87-5883-4ea0-9761-687f673cbb56	25877b40-df85-4940-a3d6-7f8991c857fe	t
6519ca87-5883-4ea0-9761-687f673cbb56	6f7beacc-da56-43b1-bbdf-949123fe7fb0	f
6519ca87-5883-4ea0-9761-687f673cbb56	9396e46e-ae18-4ce8-8ceb-f20fa216955e	f
6519ca87-5883-4ea0-9761-687f673cbb56	cdb77854-5565-4a62-9700-97306c1628e2	t
6519ca87-5883-4ea0-9761-687f673cbb56	caa7318a-9693-45f2-a864-e171a7a87d83	t
6519ca87-5883-4ea0-9761-687f673cbb56	83ff904d-ea0d-407a-bdb7-754a761f13f5	f
6519ca87-5883-4ea0-9761-687f673cbb56	04df2667-0bc0-46e7-8723-3d4a61dc21c4	t
6519ca87-5883-4ea0-9761-687f673cbb56	05f7e061-a7c1-4ed9-b464-47bd3a9522c4	t
6519ca87-5883-4ea0-9761-687f673cbb56	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14	f
\.


--
-- Data for Name: event_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_entity (id, client_id, details_json, error, ip_address, realm_id, session_id, event_time, type, user_id, details_json_long_value) FROM stdin;
53b78003-8579-490c-9fb2-950b1244f54f	\N	\N	\N	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	\N	1796413561282	CUSTOM_REQUIRED_ACTION	58b425e1-fb25-43e2-a8ef-4769f6967174	{"custom_required_action":"secure-access-verify-identity","proofing_result":"verified","proofing_method":"exception"}
b45281ac-2533-441d-a908-88ef410cee16	demo-app	\N	invalid_user_credentials	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	\N	1796413562060	LOGIN_ERROR	fc5ce590-4336-4f89-90f1-96ddbf140d4c	{"auth_method":"openid-connect","auth_type":"code","second_factor":"otp","selected_credential_id":"16b62499-cca6-441b-a67e-16c63c2fd49e","redirect_uri":"http://localhost:45929/callback","code_id":"dmAte2fXEjtt2AD1TtMzjBQf"}
f12df5ea-6e58-44e7-ac38-997bbad63210	demo-app	\N	\N	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	dmAte2fXEjtt2AD1TtMzjBQf	1796413562184	LOGIN	fc5ce590-4336-4f89-90f1-96ddbf140d4c	{"auth_method":"openid-connect","auth_type":"code","response_type":"code","redirect_uri":"http://localhost:45929/callback","consent":"no_consent_required","code_id":"dmAte2fXEjtt2AD1TtMzjBQf","username":"upgrade-app-person","response_mode":"query"}
283ffb67-a1af-40bc-bdd7-2d47670785db	demo-app	\N	\N	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	2Bj9kiP5USaAx2YDUWr7vUue	1796413562406	LOGIN	fc5ce590-4336-4f89-90f1-96ddbf140d4c	{"auth_method":"openid-connect","auth_type":"code","response_type":"code","redirect_uri":"http://localhost:42127/callback","consent":"no_consent_required","code_id":"2Bj9kiP5USaAx2YDUWr7vUue","username":"upgrade-app-person","response_mode":"query"}
e8e70c67-1784-4308-be2d-79489bbb3563	demo-app	\N	\N	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	2Bj9kiP5USaAx2YDUWr7vUue	1796413562536	CODE_TO_TOKEN	fc5ce590-4336-4f89-90f1-96ddbf140d4c	{"token_id":"onrtac:477d87c2-3268-263f-d9fb-80e1b34ca17d","grant_type":"authorization_code","refresh_token_type":"Refresh","scope":"openid email profile","refresh_token_id":"0083f5f1-1f07-cf2e-40c2-b9f362cffe61","code_id":"2Bj9kiP5USaAx2YDUWr7vUue","client_auth_method":"client-secret"}
5071dcc4-fec4-4f13-a08f-d0241b2aed31	demo-app	\N	invalid_user_credentials	127.0.0.1	6519ca87-5883-4ea0-9761-687f673cbb56	\N	1796413562715	LOGIN_ERROR	fc5ce590-4336-4f89-90f1-96ddbf140d4c	{"auth_method":"openid-connect","auth_type":"code","redirect_uri":"http://localhost:45929/callback","code_id":"geS6BXGCLKaGY4u1rj9ynyOB","username":"upgrade-app-person"}
\.


--
-- Data for Name: fed_issued_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_issued_ver_credential (id, user_id, realm_id, storage_provider_id, ver_credential_id, issued_at, expires_at, client_id, revision) FROM stdin;
\.


--
-- Data for Name: fed_user_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_attribute (id, name, user_id, realm_id, storage_provider_id, value, long_value_hash, long_value_hash_lower_case, long_value) FROM stdin;
\.


--
-- Data for Name: fed_user_consent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_consent (id, client_id, user_id, realm_id, storage_provider_id, created_date, last_updated_date, client_storage_provider, external_client_id) FROM stdin;
\.


--
-- Data for Name: fed_user_consent_cl_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_consent_cl_scope (user_consent_id, scope_id, parameter) FROM stdin;
\.


--
-- Data for Name: fed_user_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_credential (id, salt, type, created_date, user_id, realm_id, storage_provider_id, user_label, secret_data, credential_data, priority) FROM stdin;
\.


--
-- Data for Name: fed_user_group_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_group_membership (group_id, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_required_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_required_action (required_action, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_role_mapping (role_id, user_id, realm_id, storage_provider_id) FROM stdin;
\.


--
-- Data for Name: fed_user_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.fed_user_ver_credential (id, user_id, realm_id, storage_provider_id, client_scope_id, revision, user_attributes, created_date, updated_date, version) FROM stdin;
\.


--
-- Data for Name: federated_identity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federated_identity (identity_provider, realm_id, federated_user_id, federated_username, token, user_id) FROM stdin;
\.


--
-- Data for Name: federated_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federated_user (id, storage_provider_id, realm_id) FROM stdin;
\.


--
-- Data for Name: group_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_attribute (id, name, value, group_id) FROM stdin;
\.


--
-- Data for Name: group_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.group_role_mapping (role_id, group_id) FROM stdin;
\.


--
-- Data for Name: identity_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider (internal_id, enabled, provider_alias, provider_id, store_token, authenticate_by_default, realm_id, add_token_role, trust_email, first_broker_login_flow_id, post_broker_login_flow_id, provider_display_name, link_only, organization_id, hide_on_login) FROM stdin;
\.


--
-- Data for Name: identity_provider_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider_config (identity_provider_id, value, name) FROM stdin;
\.


--
-- Data for Name: identity_provider_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.identity_provider_mapper (id, name, idp_alias, idp_mapper_name, realm_id) FROM stdin;
\.


--
-- Data for Name: idp_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.idp_mapper_config (idp_mapper_id, value, name) FROM stdin;
\.


--
-- Data for Name: issued_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.issued_ver_credential (id, user_id, ver_credential_id, issued_at, expires_at, client_id, revision) FROM stdin;
\.


--
-- Data for Name: jgroups_ping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.jgroups_ping (address, name, cluster_name, ip, coord, last_update, coordinated_by) FROM stdin;
\.


--
-- Data for Name: keycloak_group; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.keycloak_group (id, name, parent_group, realm_id, type, description, org_id, created_timestamp, last_modified_timestamp) FROM stdin;
\.


--
-- Data for Name: keycloak_role; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.keycloak_role (id, client_realm_constraint, client_role, description, name, realm_id, client, realm) FROM stdin;
8c3f9000-7d35-4417-933f-1866e659f576	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	${role_default-roles}	default-roles-master	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
69c48a74-f95b-4226-b8ce-14fc2553bf61	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	${role_admin}	admin	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
dcc68062-66d9-4820-ab70-43a424f354ea	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	${role_create-realm}	create-realm	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
1d50c249-c804-4907-94a3-5ca9efa9da30	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_create-client}	create-client	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
1b66a186-b90e-4709-bfc4-1891bbe923c3	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-realm}	view-realm	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
63d9a2c3-6158-4593-9952-b03844286556	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-users}	view-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
a00e6637-9219-42cb-9a33-6c7ba4be2a7a	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-clients}	view-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
205bd1be-3aed-42ae-b9c0-3f917f188c19	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-events}	view-events	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
37f93184-ae50-4fc3-a837-63caebbdbf3f	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-identity-providers}	view-identity-providers	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
40943f84-d2f3-4856-b7fe-76401f34f2d3	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-authorization}	view-authorization	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
0d5d2369-3346-4273-9c65-175a9881f47d	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_view-organizations}	view-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
8585a17e-3393-4a6e-a25b-2a086a513f24	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-realm}	manage-realm	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
64407964-0e39-40b8-b832-be2b76179c1f	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-users}	manage-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
a086c8a5-3eb1-428d-8481-d08b7abe53ba	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-clients}	manage-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
c35a3dcc-2f30-477e-90a5-3e0a6d9caacc	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-events}	manage-events	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
5415eb01-c627-4c04-a3dd-bfda73296078	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-identity-providers}	manage-identity-providers	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
d69aef28-8eb7-4684-80f6-b309563092c8	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-authorization}	manage-authorization	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
71285225-1bc2-4100-a1e2-6db1c98c9406	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_manage-organizations}	manage-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
3b36f8cb-1423-4053-aeb8-ddc084ee3328	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_query-users}	query-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
f9962902-525a-45d4-8c49-662b83381e23	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_query-clients}	query-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
591796d3-fe5b-41bb-afb1-f60a144eb262	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_query-realms}	query-realms	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
def0a05e-d08c-463e-858c-80b7a1a891d3	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_query-groups}	query-groups	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
fcb8a5d4-172f-4114-8328-72e4e74f60d9	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_query-organizations}	query-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
6927bcfc-ff60-4982-a2e5-c1699d2c4340	185e42de-3664-4009-becb-673b06c722b4	t	${role_view-profile}	view-profile	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
a60f8654-0747-478b-9de6-e1f63135b2d0	185e42de-3664-4009-becb-673b06c722b4	t	${role_manage-account}	manage-account	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
87a099a0-a4c0-4b46-aba4-fb3ff38b242e	185e42de-3664-4009-becb-673b06c722b4	t	${role_manage-account-links}	manage-account-links	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
2796a248-ac9f-4fe7-93da-76e08104eb2d	185e42de-3664-4009-becb-673b06c722b4	t	${role_view-applications}	view-applications	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
30071222-eb0e-4621-ae93-7b8b7cdedbb5	185e42de-3664-4009-becb-673b06c722b4	t	${role_view-consent}	view-consent	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
9ac98d5a-9326-48de-8d15-25f6a81e0e09	185e42de-3664-4009-becb-673b06c722b4	t	${role_manage-consent}	manage-consent	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
51af16be-e4c6-4c92-8ed6-b1f8f004515c	185e42de-3664-4009-becb-673b06c722b4	t	${role_view-groups}	view-groups	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
8c033487-912e-4183-a5f0-2b61cb3bbdcb	185e42de-3664-4009-becb-673b06c722b4	t	${role_delete-account}	delete-account	19c25565-93b7-4a6b-ad9e-9fc03b165457	185e42de-3664-4009-becb-673b06c722b4	\N
375535b4-f966-4b5a-853a-d7e017e3f4b7	e917eccc-94ff-4393-8870-fea2b8fcaa5b	t	${role_read-token}	read-token	19c25565-93b7-4a6b-ad9e-9fc03b165457	e917eccc-94ff-4393-8870-fea2b8fcaa5b	\N
7d88a0f7-3f80-48c2-86e4-9dff2d6dd4d0	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	t	${role_impersonation}	impersonation	19c25565-93b7-4a6b-ad9e-9fc03b165457	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	\N
8cc2c2a2-844e-4434-ba58-94e34fa72395	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	${role_offline-access}	offline_access	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
c74802cb-3966-444d-adc4-d8c3eb574199	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	${role_uma_authorization}	uma_authorization	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
f5e3d34a-2669-4001-8674-20ba84d2e52d	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	Secure Access: verify a person's identity by exception and reset a person's identity proofing (with the rights to manage that user)	secure-access-proofing-admin	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
b6f8cced-dcb4-4109-9f80-3470bab1f135	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	Secure Access: load, replace and remove the records of record that identity proofing matches people against	secure-access-records-admin	19c25565-93b7-4a6b-ad9e-9fc03b165457	\N	\N
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	6519ca87-5883-4ea0-9761-687f673cbb56	f	${role_default-roles}	default-roles-secure-access	6519ca87-5883-4ea0-9761-687f673cbb56	\N	\N
7100fcf6-ea1a-463c-9063-468d19179a55	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_create-client}	create-client	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
718e42e8-c140-4595-a45a-033611922363	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-realm}	view-realm	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
484d2e90-2e8e-4114-bffe-2184d0f3edd9	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-users}	view-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
75495968-4ab2-4fae-8313-e2b504eeb10f	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-clients}	view-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
b963f022-cf2f-46ba-93a9-5e69303dd3e8	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-events}	view-events	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
a6d2be59-efd0-45fc-9476-c833ce30f512	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-identity-providers}	view-identity-providers	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
5c9f9f93-ae54-4b1a-b378-0818bee5f05d	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-authorization}	view-authorization	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
274bc90d-f4da-49ee-82b0-ddc1658101b0	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_view-organizations}	view-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
5ebda8eb-d70c-4e1e-9510-24dd8cca7ca8	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-realm}	manage-realm	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
d2666e76-e39c-482f-ae5a-0813606a91de	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-users}	manage-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
159fd8fb-24bd-4615-9e97-f52ae73b6412	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-clients}	manage-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
686fd7f0-203a-4b6a-9e22-be587612e778	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-events}	manage-events	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
2aaf79f3-ff3f-4a90-80c5-d7d7343665c3	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-identity-providers}	manage-identity-providers	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
a4683803-ae1d-4cc8-98e3-6f355337f4ff	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-authorization}	manage-authorization	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
f199f875-bc6e-4e77-bf83-0b85518a61cf	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_manage-organizations}	manage-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
879d2c03-ff0f-4e02-bdec-746e36a301c6	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_query-users}	query-users	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
31632099-c9e3-4fb0-89e3-f5af605e7b97	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_query-clients}	query-clients	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
861a89ba-6324-42dc-a984-630138c0d76b	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_query-realms}	query-realms	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
01b6d2e9-5664-420d-9016-679ce09d255f	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_query-groups}	query-groups	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
96831609-43c6-483a-8c2b-662f2213834c	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_query-organizations}	query-organizations	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
56930da1-9482-47f8-b8f5-fc7da02e6325	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_realm-admin}	realm-admin	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
04d65b21-6f50-4725-bbf3-8fa7faef888b	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_create-client}	create-client	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
0439355d-e37f-44fa-a2ec-8ce87f039b1a	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-realm}	view-realm	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
491dd984-520b-4e47-99ec-2e248729fdd0	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-users}	view-users	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
25e82cb2-448e-4c59-9437-b342e7d04248	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-clients}	view-clients	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
b7942548-b358-48f4-a0e8-5ffda1c450de	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-events}	view-events	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
2d3d0101-f991-48ae-9fd9-a8dafe6030d9	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-identity-providers}	view-identity-providers	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
74c77245-e07c-4b0a-ab7b-6535f9f2d427	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-authorization}	view-authorization	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
9cbf4cc5-c50f-44d8-b32f-c08151bec26f	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_view-organizations}	view-organizations	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
947c4240-0735-4089-a175-fd3cb2d271a0	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-realm}	manage-realm	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
d55e518f-fa23-4bd3-b7ff-27fd79e177e9	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-users}	manage-users	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
91193d3e-4cd1-4b18-9809-346522ef1019	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-clients}	manage-clients	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
27866512-dabd-46a0-beb7-e889e350b5fe	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-events}	manage-events	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
381b2b98-a350-4fd2-a2cf-ae5a925b150d	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-identity-providers}	manage-identity-providers	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
35112ff5-e932-4b30-b85e-ec3dcda72e42	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-authorization}	manage-authorization	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
53483369-ab5c-45b6-8bf4-cb92709cd63b	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_manage-organizations}	manage-organizations	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
c2c6c7a8-a90a-42c5-bd9f-cdbb81e6cd5d	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_query-users}	query-users	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
8be59971-c7b8-40aa-b2bb-51c21f266713	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_query-clients}	query-clients	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
e2a79cd2-d31a-4bc0-aad9-a30ffafcc302	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_query-realms}	query-realms	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
359d3412-5732-45b2-937f-8c853f39460d	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_query-groups}	query-groups	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
819117bc-5130-4035-8d63-1f3199633a2f	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_query-organizations}	query-organizations	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
87607ac1-ebf9-48d3-ade1-98f0fd740d0d	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_view-profile}	view-profile	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
62a703ff-cbf6-4f3a-9ea7-5f9abe0d48e2	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_manage-account}	manage-account	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
f8fa7d29-f8d1-49f8-86a4-c965961b2799	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_manage-account-links}	manage-account-links	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
1505c9f5-58cc-4ddf-9c76-68619993ef32	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_view-applications}	view-applications	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
cb6b8d7d-a56d-4955-ad53-e34a2b88587f	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_view-consent}	view-consent	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
aefc76b0-0d3b-42e3-bd39-251168c9b0ba	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_manage-consent}	manage-consent	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
3b25382f-cc57-4555-865e-fda971f4ff81	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_view-groups}	view-groups	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
7481ddbf-d8e0-44c6-9358-c9b60303aa84	674a480e-f91d-4338-bd14-c3a59738fc55	t	${role_delete-account}	delete-account	6519ca87-5883-4ea0-9761-687f673cbb56	674a480e-f91d-4338-bd14-c3a59738fc55	\N
ebbd742a-7dc5-4e2d-b9d6-1c8f574d6a06	8b1391c0-df5b-487a-8158-47cc3e0b546f	t	${role_impersonation}	impersonation	19c25565-93b7-4a6b-ad9e-9fc03b165457	8b1391c0-df5b-487a-8158-47cc3e0b546f	\N
36fb2655-e42c-43e7-943d-d11233166bab	f97d56e8-73bb-4471-83e4-1470e4a90467	t	${role_impersonation}	impersonation	6519ca87-5883-4ea0-9761-687f673cbb56	f97d56e8-73bb-4471-83e4-1470e4a90467	\N
2dbe63aa-7686-4661-b88a-2986228ae775	09afc160-301f-4438-bea3-d9eb770f0df0	t	${role_read-token}	read-token	6519ca87-5883-4ea0-9761-687f673cbb56	09afc160-301f-4438-bea3-d9eb770f0df0	\N
27551373-2dae-43a9-8250-cc6fab9f480a	6519ca87-5883-4ea0-9761-687f673cbb56	f	${role_offline-access}	offline_access	6519ca87-5883-4ea0-9761-687f673cbb56	\N	\N
b1dc5f08-7b60-4bfa-9340-21d726b5506c	6519ca87-5883-4ea0-9761-687f673cbb56	f	Secure Access: load, replace and remove the records of record that identity proofing matches people against	secure-access-records-admin	6519ca87-5883-4ea0-9761-687f673cbb56	\N	\N
608ab577-5b9d-40f7-a78a-90669c9b462e	6519ca87-5883-4ea0-9761-687f673cbb56	f	Secure Access: verify a person's identity by exception and reset a person's identity proofing (with the rights to manage that user)	secure-access-proofing-admin	6519ca87-5883-4ea0-9761-687f673cbb56	\N	\N
b788b765-d5e8-4a18-aa6b-8244afd9f185	6519ca87-5883-4ea0-9761-687f673cbb56	f	${role_uma_authorization}	uma_authorization	6519ca87-5883-4ea0-9761-687f673cbb56	\N	\N
\.


--
-- Data for Name: login_failure; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_failure (realm_id, user_id, failed_login_not_before, num_failures, num_temporary_lockouts, last_failure, last_ip_failure, num_secondary_auth_failures) FROM stdin;
\.


--
-- Data for Name: migration_model; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.migration_model (id, version, update_time) FROM stdin;
pv2ft	26.7.3	1796413549
\.


--
-- Data for Name: offline_client_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.offline_client_session (user_session_id, client_id, offline_flag, "timestamp", data, client_storage_provider, external_client_id, version, realm_id) FROM stdin;
BStpacUj5Ief_lMRHxUQISr4	669790e7-50c4-4fa8-b2b6-76f1aeb164f5	0	1796413560	{"authMethod":"openid-connect","notes":{"clientId":"669790e7-50c4-4fa8-b2b6-76f1aeb164f5","userSessionStartedAt":"1796413560","iss":"http://localhost:18080/realms/master","startedAt":"1796413560","level-of-authentication":"-1"}}	local	local	0	19c25565-93b7-4a6b-ad9e-9fc03b165457
dmAte2fXEjtt2AD1TtMzjBQf	e378ba3f-b276-448b-9d46-cd3c9a9c0a82	0	1796413562	{"authMethod":"openid-connect","redirectUri":"http://localhost:45929/callback","notes":{"clientId":"e378ba3f-b276-448b-9d46-cd3c9a9c0a82","scope":"openid","userSessionStartedAt":"1796413562","iss":"http://localhost:18080/realms/secure-access","startedAt":"1796413562","response_type":"code","level-of-authentication":"2","code_challenge_method":"S256","redirect_uri":"http://localhost:45929/callback","code_challenge":"ZDy2LbsimS_6y5EnpjCJBIihWx2mW9wfirRS5bBh9Fc"}}	local	local	0	6519ca87-5883-4ea0-9761-687f673cbb56
2Bj9kiP5USaAx2YDUWr7vUue	e378ba3f-b276-448b-9d46-cd3c9a9c0a82	0	1796413562	{"authMethod":"openid-connect","redirectUri":"http://localhost:42127/callback","notes":{"clientId":"e378ba3f-b276-448b-9d46-cd3c9a9c0a82","scope":"openid","userSessionStartedAt":"1796413562","iss":"http://localhost:18080/realms/secure-access","startedAt":"1796413562","response_type":"code","level-of-authentication":"2","code_challenge_method":"S256","redirect_uri":"http://localhost:42127/callback","code_challenge":"Z3w4jGjC1tUJDcWJdnkawCxpf4C5lkP5x25DV0qdx_U"}}	local	local	0	6519ca87-5883-4ea0-9761-687f673cbb56
\.


--
-- Data for Name: offline_user_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.offline_user_session (user_session_id, user_id, realm_id, created_on, offline_flag, data, last_session_refresh, broker_session_id, version, remember_me) FROM stdin;
BStpacUj5Ief_lMRHxUQISr4	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	19c25565-93b7-4a6b-ad9e-9fc03b165457	1796413560	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","authenticators-completed":"{\\"ade7f41f-4cc9-421d-94b0-ab93a86097a2\\":1796413560,\\"6f9706e1-23f7-47e2-b57b-b3207cbe1732\\":1796413560}"},"state":"LOGGED_IN"}	1796413560	\N	0	f
dmAte2fXEjtt2AD1TtMzjBQf	fc5ce590-4336-4f89-90f1-96ddbf140d4c	6519ca87-5883-4ea0-9761-687f673cbb56	1796413562	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"secure-access.second-factor":"otp","KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","loa-map":"{\\"2\\":1796413562}","AUTH_TIME":"1796413562","authenticators-completed":"{\\"b2f2a445-1e38-46cf-bcfe-a3caae262a45\\":1796413562,\\"ecc2746c-b066-4efa-9178-385783277f3f\\":1796413562,\\"06ffb732-3059-4cb0-9b99-f53176bc54a2\\":1796413562,\\"3918ecdc-eb41-4f9a-b01c-1b76ee1fa4d1\\":1796413562,\\"06f40061-7f11-4f4e-b942-a31812427e6a\\":1796413562,\\"e1a6676e-3d05-4e8e-89e8-8e708bd2469a\\":1796413562}"},"state":"LOGGED_IN"}	1796413562	\N	0	f
2Bj9kiP5USaAx2YDUWr7vUue	fc5ce590-4336-4f89-90f1-96ddbf140d4c	6519ca87-5883-4ea0-9761-687f673cbb56	1796413562	0	{"ipAddress":"127.0.0.1","authMethod":"openid-connect","rememberMe":false,"started":0,"notes":{"secure-access.second-factor":"otp","KC_DEVICE_NOTE":"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==","loa-map":"{\\"2\\":1796413562}","AUTH_TIME":"1796413562","authenticators-completed":"{\\"b2f2a445-1e38-46cf-bcfe-a3caae262a45\\":1796413562,\\"ecc2746c-b066-4efa-9178-385783277f3f\\":1796413562,\\"06ffb732-3059-4cb0-9b99-f53176bc54a2\\":1796413562,\\"3918ecdc-eb41-4f9a-b01c-1b76ee1fa4d1\\":1796413562,\\"06f40061-7f11-4f4e-b942-a31812427e6a\\":1796413562,\\"e1a6676e-3d05-4e8e-89e8-8e708bd2469a\\":1796413562}"},"state":"LOGGED_IN"}	1796413562	\N	0	f
\.


--
-- Data for Name: org; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org (id, enabled, realm_id, group_id, name, description, alias, redirect_url) FROM stdin;
\.


--
-- Data for Name: org_domain; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_domain (id, name, verified, org_id) FROM stdin;
\.


--
-- Data for Name: org_invitation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.org_invitation (id, organization_id, email, first_name, last_name, created_at, expires_at, invite_link) FROM stdin;
\.


--
-- Data for Name: outbox_entry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.outbox_entry (id, entry_kind, realm_id, owner_id, container_id, correlation_id, entry_type, payload, metadata, status, attempts, next_attempt_at, last_error, created_at, delivered_at) FROM stdin;
\.


--
-- Data for Name: policy_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.policy_config (policy_id, name, value) FROM stdin;
\.


--
-- Data for Name: protocol_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.protocol_mapper (id, name, protocol, protocol_mapper_name, client_id, client_scope_id) FROM stdin;
bbc0db7e-03e2-4fec-8191-0474221561b7	audience resolve	openid-connect	oidc-audience-resolve-mapper	2c8b0951-4844-48b1-afa7-2c56991e89d5	\N
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	locale	openid-connect	oidc-usermodel-attribute-mapper	299942c7-9e37-4444-a388-9d2d27dd5e70	\N
f5ed9b7a-bd19-4ed8-a6d6-cab986b6afc4	role list	saml	saml-role-list-mapper	\N	102014d8-8fe1-47c9-8e30-5babae55598b
996bba52-8ec4-4951-a634-90c20237b718	organization	saml	saml-organization-membership-mapper	\N	b90c16c6-ef3a-443f-a670-59ad9957e007
4dfd28ae-ea8c-42bc-8d62-3d90b71aeb59	AuthnContextClassRef	saml	saml-authn-context-class-ref-mapper	\N	4a8e11aa-fc42-4bbd-96e7-8473a8fd9d0a
ccd8a54b-b747-4807-a27f-147ffdaa3062	full name	openid-connect	oidc-full-name-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
01d0e545-f316-42e0-ad1a-2f021d17059f	family name	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
b54af023-6f1f-4f43-9350-f93fcff0c973	given name	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
a844ae93-5e5c-456c-834a-82426e2f234c	middle name	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
0799ef43-cc83-412f-8e04-fc241ed6dd06	nickname	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
ef0f8c55-329b-4931-861b-dad56f8850b7	username	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	profile	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	picture	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
07717eed-8e09-4afb-9d1c-6885f52835aa	website	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	gender	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	birthdate	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
403b9d60-dfe1-4419-b570-d6a714d52284	zoneinfo	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
51da9490-a3a8-4304-9825-250312d21328	locale	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
e2bf0501-217e-4994-9f81-5007df23733b	updated at	openid-connect	oidc-usermodel-attribute-mapper	\N	db0a533c-ccbc-4d2f-9c85-b7980b7f82e6
bdcafbb1-0dce-464c-b615-b5765c1dcfae	email	openid-connect	oidc-usermodel-attribute-mapper	\N	3db7bb09-2e76-4c08-a35a-0b0914904272
6616de96-9a78-4b8d-8130-f761fe578fe8	email verified	openid-connect	oidc-usermodel-property-mapper	\N	3db7bb09-2e76-4c08-a35a-0b0914904272
2ab5285c-dc03-4e96-a888-674f284c38d9	address	openid-connect	oidc-address-mapper	\N	a0ce5d72-8456-4c80-b364-9ce2b0c2556a
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	phone number	openid-connect	oidc-usermodel-attribute-mapper	\N	9374df68-a001-43ed-a967-5ed1e41caae8
f259e271-3bf7-43f9-9713-a8e08e29fc92	phone number verified	openid-connect	oidc-usermodel-attribute-mapper	\N	9374df68-a001-43ed-a967-5ed1e41caae8
8e67d891-772a-4efe-adad-69e8c7c941b9	realm roles	openid-connect	oidc-usermodel-realm-role-mapper	\N	268bb965-cf6c-4b6f-b376-3ad95822bc36
04f5cb28-814d-4046-b40c-61622bce4b80	client roles	openid-connect	oidc-usermodel-client-role-mapper	\N	268bb965-cf6c-4b6f-b376-3ad95822bc36
cb8162a0-5d6d-441a-a463-9af171328a6d	audience resolve	openid-connect	oidc-audience-resolve-mapper	\N	268bb965-cf6c-4b6f-b376-3ad95822bc36
2c66195a-d85b-44f7-8814-d6bcd5571ca1	allowed web origins	openid-connect	oidc-allowed-origins-mapper	\N	6d13b382-020d-4653-8c44-e25b3bd8884e
225d9b62-454f-4c8b-afbd-0184ed4a03e8	upn	openid-connect	oidc-usermodel-attribute-mapper	\N	6223050a-5da1-4c76-8526-34d996127102
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	groups	openid-connect	oidc-usermodel-realm-role-mapper	\N	6223050a-5da1-4c76-8526-34d996127102
215ad904-5f8a-4be8-bf21-db420c9e2a4f	acr loa level	openid-connect	oidc-acr-mapper	\N	8bd8e780-94bc-4484-b47a-cad935a76017
b158b869-c2d7-4cdd-8174-b7e886e05ec9	auth_time	openid-connect	oidc-usersessionmodel-note-mapper	\N	534577c4-1b0e-44d7-8744-aa2e96d71f49
02059601-84cc-4ce2-bf1e-dcd093b5afcf	sub	openid-connect	oidc-sub-mapper	\N	534577c4-1b0e-44d7-8744-aa2e96d71f49
6320272b-6011-42d9-8df7-e80ce7326d4f	Client ID	openid-connect	oidc-usersessionmodel-note-mapper	\N	83f83186-818d-408d-991d-353603c3d482
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	Client Host	openid-connect	oidc-usersessionmodel-note-mapper	\N	83f83186-818d-408d-991d-353603c3d482
1cd64d99-9359-474b-aed7-46bd97c4c31c	Client IP Address	openid-connect	oidc-usersessionmodel-note-mapper	\N	83f83186-818d-408d-991d-353603c3d482
61b5f4d4-2c69-40bc-87f2-3095832c4af9	organization	openid-connect	oidc-organization-membership-mapper	\N	5255bba0-5497-47f2-8c26-7c72ac52c119
5f6e81cc-1b11-4135-9a68-2479ef450e21	audience resolve	openid-connect	oidc-audience-resolve-mapper	1562fc3e-cb93-46b1-91c5-c687f462cae9	\N
cdf3d737-223f-4dca-9195-39dd444b08d1	role list	saml	saml-role-list-mapper	\N	ef8fdb29-738a-49ea-a93a-f218571af39c
480dd996-0c5f-4bc7-b251-285f0ae13853	organization	saml	saml-organization-membership-mapper	\N	365bddeb-3801-48a4-aa87-54841d173431
d3116522-ebf1-4f73-a602-16725ec1cfdd	AuthnContextClassRef	saml	saml-authn-context-class-ref-mapper	\N	a6a51eed-ebc8-4afa-a45f-cc36c0258749
efa9c994-1ef4-4379-b8ac-f4e8b0698f65	full name	openid-connect	oidc-full-name-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	family name	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
7663d7d8-6765-4422-8291-8f1cc5bfb71a	given name	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
ffae4880-a6d9-488d-b254-ed0f5e834b24	middle name	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
da2d9bcf-f215-41ce-9111-9e43d0e47821	nickname	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
78f0a048-8193-4e93-b88f-3bb4006c234b	username	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
63e2d32e-ed05-4726-a69e-d87fec86d2cc	profile	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
927b65cf-2c4f-481d-a276-f668b7e69307	picture	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
23dfbc8a-93bd-49f8-b694-76b55b3e2154	website	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
7336d6f6-2799-4a7a-a2c1-baf8658f0378	gender	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	birthdate	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
1812e107-35ea-4474-8ddf-fea9079d9b8b	zoneinfo	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
8e0785c6-6352-4431-ab34-b53d3f8e0690	locale	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
bf094bd9-ac75-4245-806d-bf03164d1197	updated at	openid-connect	oidc-usermodel-attribute-mapper	\N	e390987b-17ca-43a6-bad5-35511ce75d09
a49432ec-79fe-450a-8aa7-f9a489e29768	email	openid-connect	oidc-usermodel-attribute-mapper	\N	25877b40-df85-4940-a3d6-7f8991c857fe
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	email verified	openid-connect	oidc-usermodel-property-mapper	\N	25877b40-df85-4940-a3d6-7f8991c857fe
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	address	openid-connect	oidc-address-mapper	\N	6f7beacc-da56-43b1-bbdf-949123fe7fb0
202d1c4e-c308-42f7-973d-bceab750ee7a	phone number	openid-connect	oidc-usermodel-attribute-mapper	\N	9396e46e-ae18-4ce8-8ceb-f20fa216955e
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	phone number verified	openid-connect	oidc-usermodel-attribute-mapper	\N	9396e46e-ae18-4ce8-8ceb-f20fa216955e
e8f03295-5269-409c-a4cc-dcc342cdb26d	realm roles	openid-connect	oidc-usermodel-realm-role-mapper	\N	cdb77854-5565-4a62-9700-97306c1628e2
57c9563d-cbec-4270-80cb-540d3a829611	client roles	openid-connect	oidc-usermodel-client-role-mapper	\N	cdb77854-5565-4a62-9700-97306c1628e2
f11c8a77-e152-4007-b065-bb1dbcf4ed6c	audience resolve	openid-connect	oidc-audience-resolve-mapper	\N	cdb77854-5565-4a62-9700-97306c1628e2
6feba129-cd52-4d3e-b4d5-9e1cd58e387d	allowed web origins	openid-connect	oidc-allowed-origins-mapper	\N	caa7318a-9693-45f2-a864-e171a7a87d83
fa26266d-f300-494e-8af6-0ae02d3923aa	upn	openid-connect	oidc-usermodel-attribute-mapper	\N	83ff904d-ea0d-407a-bdb7-754a761f13f5
b832f4b7-1902-4d82-ba79-519363f1b32b	groups	openid-connect	oidc-usermodel-realm-role-mapper	\N	83ff904d-ea0d-407a-bdb7-754a761f13f5
34e79516-08b4-4f68-ae8e-31bcb81e6815	acr loa level	openid-connect	oidc-acr-mapper	\N	04df2667-0bc0-46e7-8723-3d4a61dc21c4
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	auth_time	openid-connect	oidc-usersessionmodel-note-mapper	\N	05f7e061-a7c1-4ed9-b464-47bd3a9522c4
3c4bdd84-0b43-45f4-b99c-2d31e8610f17	sub	openid-connect	oidc-sub-mapper	\N	05f7e061-a7c1-4ed9-b464-47bd3a9522c4
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	Client ID	openid-connect	oidc-usersessionmodel-note-mapper	\N	166cb888-f41d-4f7e-a355-b35d9e9b6f11
4baab638-3a3b-4b34-9033-4877802b94c3	Client Host	openid-connect	oidc-usersessionmodel-note-mapper	\N	166cb888-f41d-4f7e-a355-b35d9e9b6f11
3880ec02-ecba-4d5a-846a-2c43ec626199	Client IP Address	openid-connect	oidc-usersessionmodel-note-mapper	\N	166cb888-f41d-4f7e-a355-b35d9e9b6f11
1aaf29fe-9341-44f6-aebe-9ca89cea0826	organization	openid-connect	oidc-organization-membership-mapper	\N	f3e4b5ea-e901-4f4b-aeb4-e881137c1b14
e206df25-fc8a-4a02-babb-c28b21b7dc8e	authentication methods (amr)	openid-connect	oidc-amr-mapper	e378ba3f-b276-448b-9d46-cd3c9a9c0a82	\N
0860506d-b1da-472d-93b1-09bcc395545a	verified claims (identity proofing)	openid-connect	secure-access-verified-claims	e378ba3f-b276-448b-9d46-cd3c9a9c0a82	\N
6fde8f62-a130-4d9d-8052-5478ed6f336e	locale	openid-connect	oidc-usermodel-attribute-mapper	24e56190-7350-42d8-8f9f-f046137930a2	\N
\.


--
-- Data for Name: protocol_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.protocol_mapper_config (protocol_mapper_id, value, name) FROM stdin;
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	true	introspection.token.claim
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	true	userinfo.token.claim
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	locale	user.attribute
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	true	id.token.claim
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	true	access.token.claim
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	locale	claim.name
1d7468ed-84ef-4ea0-8b3d-10d40765afa0	String	jsonType.label
f5ed9b7a-bd19-4ed8-a6d6-cab986b6afc4	false	single
f5ed9b7a-bd19-4ed8-a6d6-cab986b6afc4	Basic	attribute.nameformat
f5ed9b7a-bd19-4ed8-a6d6-cab986b6afc4	Role	attribute.name
01d0e545-f316-42e0-ad1a-2f021d17059f	true	introspection.token.claim
01d0e545-f316-42e0-ad1a-2f021d17059f	true	userinfo.token.claim
01d0e545-f316-42e0-ad1a-2f021d17059f	lastName	user.attribute
01d0e545-f316-42e0-ad1a-2f021d17059f	true	id.token.claim
01d0e545-f316-42e0-ad1a-2f021d17059f	true	access.token.claim
01d0e545-f316-42e0-ad1a-2f021d17059f	family_name	claim.name
01d0e545-f316-42e0-ad1a-2f021d17059f	String	jsonType.label
07717eed-8e09-4afb-9d1c-6885f52835aa	true	introspection.token.claim
07717eed-8e09-4afb-9d1c-6885f52835aa	true	userinfo.token.claim
07717eed-8e09-4afb-9d1c-6885f52835aa	website	user.attribute
07717eed-8e09-4afb-9d1c-6885f52835aa	true	id.token.claim
07717eed-8e09-4afb-9d1c-6885f52835aa	true	access.token.claim
07717eed-8e09-4afb-9d1c-6885f52835aa	website	claim.name
07717eed-8e09-4afb-9d1c-6885f52835aa	String	jsonType.label
0799ef43-cc83-412f-8e04-fc241ed6dd06	true	introspection.token.claim
0799ef43-cc83-412f-8e04-fc241ed6dd06	true	userinfo.token.claim
0799ef43-cc83-412f-8e04-fc241ed6dd06	nickname	user.attribute
0799ef43-cc83-412f-8e04-fc241ed6dd06	true	id.token.claim
0799ef43-cc83-412f-8e04-fc241ed6dd06	true	access.token.claim
0799ef43-cc83-412f-8e04-fc241ed6dd06	nickname	claim.name
0799ef43-cc83-412f-8e04-fc241ed6dd06	String	jsonType.label
403b9d60-dfe1-4419-b570-d6a714d52284	true	introspection.token.claim
403b9d60-dfe1-4419-b570-d6a714d52284	true	userinfo.token.claim
403b9d60-dfe1-4419-b570-d6a714d52284	zoneinfo	user.attribute
403b9d60-dfe1-4419-b570-d6a714d52284	true	id.token.claim
403b9d60-dfe1-4419-b570-d6a714d52284	true	access.token.claim
403b9d60-dfe1-4419-b570-d6a714d52284	zoneinfo	claim.name
403b9d60-dfe1-4419-b570-d6a714d52284	String	jsonType.label
51da9490-a3a8-4304-9825-250312d21328	true	introspection.token.claim
51da9490-a3a8-4304-9825-250312d21328	true	userinfo.token.claim
51da9490-a3a8-4304-9825-250312d21328	locale	user.attribute
51da9490-a3a8-4304-9825-250312d21328	true	id.token.claim
51da9490-a3a8-4304-9825-250312d21328	true	access.token.claim
51da9490-a3a8-4304-9825-250312d21328	locale	claim.name
51da9490-a3a8-4304-9825-250312d21328	String	jsonType.label
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	true	introspection.token.claim
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	true	userinfo.token.claim
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	gender	user.attribute
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	true	id.token.claim
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	true	access.token.claim
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	gender	claim.name
790ef4d3-d6a0-46bd-87ae-eb23ba5838c2	String	jsonType.label
a844ae93-5e5c-456c-834a-82426e2f234c	true	introspection.token.claim
a844ae93-5e5c-456c-834a-82426e2f234c	true	userinfo.token.claim
a844ae93-5e5c-456c-834a-82426e2f234c	middleName	user.attribute
a844ae93-5e5c-456c-834a-82426e2f234c	true	id.token.claim
a844ae93-5e5c-456c-834a-82426e2f234c	true	access.token.claim
a844ae93-5e5c-456c-834a-82426e2f234c	middle_name	claim.name
a844ae93-5e5c-456c-834a-82426e2f234c	String	jsonType.label
b54af023-6f1f-4f43-9350-f93fcff0c973	true	introspection.token.claim
b54af023-6f1f-4f43-9350-f93fcff0c973	true	userinfo.token.claim
b54af023-6f1f-4f43-9350-f93fcff0c973	firstName	user.attribute
b54af023-6f1f-4f43-9350-f93fcff0c973	true	id.token.claim
b54af023-6f1f-4f43-9350-f93fcff0c973	true	access.token.claim
b54af023-6f1f-4f43-9350-f93fcff0c973	given_name	claim.name
b54af023-6f1f-4f43-9350-f93fcff0c973	String	jsonType.label
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	true	introspection.token.claim
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	true	userinfo.token.claim
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	profile	user.attribute
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	true	id.token.claim
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	true	access.token.claim
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	profile	claim.name
b5e8518b-7721-49c7-a4d2-cf5b90a17ee0	String	jsonType.label
ccd8a54b-b747-4807-a27f-147ffdaa3062	true	introspection.token.claim
ccd8a54b-b747-4807-a27f-147ffdaa3062	true	userinfo.token.claim
ccd8a54b-b747-4807-a27f-147ffdaa3062	true	id.token.claim
ccd8a54b-b747-4807-a27f-147ffdaa3062	true	access.token.claim
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	true	introspection.token.claim
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	true	userinfo.token.claim
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	birthdate	user.attribute
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	true	id.token.claim
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	true	access.token.claim
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	birthdate	claim.name
d5b2dce3-d07f-4f8f-9d65-e6dee87f622b	String	jsonType.label
e2bf0501-217e-4994-9f81-5007df23733b	true	introspection.token.claim
e2bf0501-217e-4994-9f81-5007df23733b	true	userinfo.token.claim
e2bf0501-217e-4994-9f81-5007df23733b	updatedAt	user.attribute
e2bf0501-217e-4994-9f81-5007df23733b	true	id.token.claim
e2bf0501-217e-4994-9f81-5007df23733b	true	access.token.claim
e2bf0501-217e-4994-9f81-5007df23733b	updated_at	claim.name
e2bf0501-217e-4994-9f81-5007df23733b	long	jsonType.label
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	true	introspection.token.claim
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	true	userinfo.token.claim
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	picture	user.attribute
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	true	id.token.claim
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	true	access.token.claim
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	picture	claim.name
e85ddec8-db1a-4b5d-9f71-55b8ca2c30e1	String	jsonType.label
ef0f8c55-329b-4931-861b-dad56f8850b7	true	introspection.token.claim
ef0f8c55-329b-4931-861b-dad56f8850b7	true	userinfo.token.claim
ef0f8c55-329b-4931-861b-dad56f8850b7	username	user.attribute
ef0f8c55-329b-4931-861b-dad56f8850b7	true	id.token.claim
ef0f8c55-329b-4931-861b-dad56f8850b7	true	access.token.claim
ef0f8c55-329b-4931-861b-dad56f8850b7	preferred_username	claim.name
ef0f8c55-329b-4931-861b-dad56f8850b7	String	jsonType.label
6616de96-9a78-4b8d-8130-f761fe578fe8	true	introspection.token.claim
6616de96-9a78-4b8d-8130-f761fe578fe8	true	userinfo.token.claim
6616de96-9a78-4b8d-8130-f761fe578fe8	emailVerified	user.attribute
6616de96-9a78-4b8d-8130-f761fe578fe8	true	id.token.claim
6616de96-9a78-4b8d-8130-f761fe578fe8	true	access.token.claim
6616de96-9a78-4b8d-8130-f761fe578fe8	email_verified	claim.name
6616de96-9a78-4b8d-8130-f761fe578fe8	boolean	jsonType.label
bdcafbb1-0dce-464c-b615-b5765c1dcfae	true	introspection.token.claim
bdcafbb1-0dce-464c-b615-b5765c1dcfae	true	userinfo.token.claim
bdcafbb1-0dce-464c-b615-b5765c1dcfae	email	user.attribute
bdcafbb1-0dce-464c-b615-b5765c1dcfae	true	id.token.claim
bdcafbb1-0dce-464c-b615-b5765c1dcfae	true	access.token.claim
bdcafbb1-0dce-464c-b615-b5765c1dcfae	email	claim.name
bdcafbb1-0dce-464c-b615-b5765c1dcfae	String	jsonType.label
2ab5285c-dc03-4e96-a888-674f284c38d9	formatted	user.attribute.formatted
2ab5285c-dc03-4e96-a888-674f284c38d9	country	user.attribute.country
2ab5285c-dc03-4e96-a888-674f284c38d9	true	introspection.token.claim
2ab5285c-dc03-4e96-a888-674f284c38d9	postal_code	user.attribute.postal_code
2ab5285c-dc03-4e96-a888-674f284c38d9	true	userinfo.token.claim
2ab5285c-dc03-4e96-a888-674f284c38d9	street	user.attribute.street
2ab5285c-dc03-4e96-a888-674f284c38d9	true	id.token.claim
2ab5285c-dc03-4e96-a888-674f284c38d9	region	user.attribute.region
2ab5285c-dc03-4e96-a888-674f284c38d9	true	access.token.claim
2ab5285c-dc03-4e96-a888-674f284c38d9	locality	user.attribute.locality
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	true	introspection.token.claim
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	true	userinfo.token.claim
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	phoneNumber	user.attribute
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	true	id.token.claim
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	true	access.token.claim
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	phone_number	claim.name
03f11e05-d8ba-4a4d-90aa-c230f1ef502f	String	jsonType.label
f259e271-3bf7-43f9-9713-a8e08e29fc92	true	introspection.token.claim
f259e271-3bf7-43f9-9713-a8e08e29fc92	true	userinfo.token.claim
f259e271-3bf7-43f9-9713-a8e08e29fc92	phoneNumberVerified	user.attribute
f259e271-3bf7-43f9-9713-a8e08e29fc92	true	id.token.claim
f259e271-3bf7-43f9-9713-a8e08e29fc92	true	access.token.claim
f259e271-3bf7-43f9-9713-a8e08e29fc92	phone_number_verified	claim.name
f259e271-3bf7-43f9-9713-a8e08e29fc92	boolean	jsonType.label
04f5cb28-814d-4046-b40c-61622bce4b80	true	introspection.token.claim
04f5cb28-814d-4046-b40c-61622bce4b80	true	multivalued
04f5cb28-814d-4046-b40c-61622bce4b80	foo	user.attribute
04f5cb28-814d-4046-b40c-61622bce4b80	true	access.token.claim
04f5cb28-814d-4046-b40c-61622bce4b80	resource_access.${client_id}.roles	claim.name
04f5cb28-814d-4046-b40c-61622bce4b80	String	jsonType.label
8e67d891-772a-4efe-adad-69e8c7c941b9	true	introspection.token.claim
8e67d891-772a-4efe-adad-69e8c7c941b9	true	multivalued
8e67d891-772a-4efe-adad-69e8c7c941b9	foo	user.attribute
8e67d891-772a-4efe-adad-69e8c7c941b9	true	access.token.claim
8e67d891-772a-4efe-adad-69e8c7c941b9	realm_access.roles	claim.name
8e67d891-772a-4efe-adad-69e8c7c941b9	String	jsonType.label
cb8162a0-5d6d-441a-a463-9af171328a6d	true	introspection.token.claim
cb8162a0-5d6d-441a-a463-9af171328a6d	true	access.token.claim
2c66195a-d85b-44f7-8814-d6bcd5571ca1	true	introspection.token.claim
2c66195a-d85b-44f7-8814-d6bcd5571ca1	true	access.token.claim
225d9b62-454f-4c8b-afbd-0184ed4a03e8	true	introspection.token.claim
225d9b62-454f-4c8b-afbd-0184ed4a03e8	true	userinfo.token.claim
225d9b62-454f-4c8b-afbd-0184ed4a03e8	username	user.attribute
225d9b62-454f-4c8b-afbd-0184ed4a03e8	true	id.token.claim
225d9b62-454f-4c8b-afbd-0184ed4a03e8	true	access.token.claim
225d9b62-454f-4c8b-afbd-0184ed4a03e8	upn	claim.name
225d9b62-454f-4c8b-afbd-0184ed4a03e8	String	jsonType.label
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	true	introspection.token.claim
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	true	multivalued
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	foo	user.attribute
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	true	id.token.claim
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	true	access.token.claim
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	groups	claim.name
eb5dc05a-911d-4bfc-8a3c-d8936b08b428	String	jsonType.label
215ad904-5f8a-4be8-bf21-db420c9e2a4f	true	introspection.token.claim
215ad904-5f8a-4be8-bf21-db420c9e2a4f	true	id.token.claim
215ad904-5f8a-4be8-bf21-db420c9e2a4f	true	access.token.claim
02059601-84cc-4ce2-bf1e-dcd093b5afcf	true	introspection.token.claim
02059601-84cc-4ce2-bf1e-dcd093b5afcf	true	access.token.claim
b158b869-c2d7-4cdd-8174-b7e886e05ec9	AUTH_TIME	user.session.note
b158b869-c2d7-4cdd-8174-b7e886e05ec9	true	introspection.token.claim
b158b869-c2d7-4cdd-8174-b7e886e05ec9	true	id.token.claim
b158b869-c2d7-4cdd-8174-b7e886e05ec9	true	access.token.claim
b158b869-c2d7-4cdd-8174-b7e886e05ec9	auth_time	claim.name
b158b869-c2d7-4cdd-8174-b7e886e05ec9	long	jsonType.label
1cd64d99-9359-474b-aed7-46bd97c4c31c	clientAddress	user.session.note
1cd64d99-9359-474b-aed7-46bd97c4c31c	true	introspection.token.claim
1cd64d99-9359-474b-aed7-46bd97c4c31c	true	id.token.claim
1cd64d99-9359-474b-aed7-46bd97c4c31c	true	access.token.claim
1cd64d99-9359-474b-aed7-46bd97c4c31c	clientAddress	claim.name
1cd64d99-9359-474b-aed7-46bd97c4c31c	String	jsonType.label
6320272b-6011-42d9-8df7-e80ce7326d4f	client_id	user.session.note
6320272b-6011-42d9-8df7-e80ce7326d4f	true	introspection.token.claim
6320272b-6011-42d9-8df7-e80ce7326d4f	true	id.token.claim
6320272b-6011-42d9-8df7-e80ce7326d4f	true	access.token.claim
6320272b-6011-42d9-8df7-e80ce7326d4f	client_id	claim.name
6320272b-6011-42d9-8df7-e80ce7326d4f	String	jsonType.label
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	clientHost	user.session.note
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	true	introspection.token.claim
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	true	id.token.claim
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	true	access.token.claim
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	clientHost	claim.name
dc2cedf1-5a97-4e3e-90bf-cf5e83c6f622	String	jsonType.label
61b5f4d4-2c69-40bc-87f2-3095832c4af9	true	introspection.token.claim
61b5f4d4-2c69-40bc-87f2-3095832c4af9	true	multivalued
61b5f4d4-2c69-40bc-87f2-3095832c4af9	true	id.token.claim
61b5f4d4-2c69-40bc-87f2-3095832c4af9	true	access.token.claim
61b5f4d4-2c69-40bc-87f2-3095832c4af9	organization	claim.name
61b5f4d4-2c69-40bc-87f2-3095832c4af9	String	jsonType.label
cdf3d737-223f-4dca-9195-39dd444b08d1	false	single
cdf3d737-223f-4dca-9195-39dd444b08d1	Basic	attribute.nameformat
cdf3d737-223f-4dca-9195-39dd444b08d1	Role	attribute.name
1812e107-35ea-4474-8ddf-fea9079d9b8b	true	introspection.token.claim
1812e107-35ea-4474-8ddf-fea9079d9b8b	true	userinfo.token.claim
1812e107-35ea-4474-8ddf-fea9079d9b8b	zoneinfo	user.attribute
1812e107-35ea-4474-8ddf-fea9079d9b8b	true	id.token.claim
1812e107-35ea-4474-8ddf-fea9079d9b8b	true	access.token.claim
1812e107-35ea-4474-8ddf-fea9079d9b8b	zoneinfo	claim.name
1812e107-35ea-4474-8ddf-fea9079d9b8b	String	jsonType.label
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	true	introspection.token.claim
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	true	userinfo.token.claim
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	birthdate	user.attribute
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	true	id.token.claim
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	true	access.token.claim
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	birthdate	claim.name
1d81eb0b-1630-4aa0-8c39-b2f638dd882a	String	jsonType.label
23dfbc8a-93bd-49f8-b694-76b55b3e2154	true	introspection.token.claim
23dfbc8a-93bd-49f8-b694-76b55b3e2154	true	userinfo.token.claim
23dfbc8a-93bd-49f8-b694-76b55b3e2154	website	user.attribute
23dfbc8a-93bd-49f8-b694-76b55b3e2154	true	id.token.claim
23dfbc8a-93bd-49f8-b694-76b55b3e2154	true	access.token.claim
23dfbc8a-93bd-49f8-b694-76b55b3e2154	website	claim.name
23dfbc8a-93bd-49f8-b694-76b55b3e2154	String	jsonType.label
63e2d32e-ed05-4726-a69e-d87fec86d2cc	true	introspection.token.claim
63e2d32e-ed05-4726-a69e-d87fec86d2cc	true	userinfo.token.claim
63e2d32e-ed05-4726-a69e-d87fec86d2cc	profile	user.attribute
63e2d32e-ed05-4726-a69e-d87fec86d2cc	true	id.token.claim
63e2d32e-ed05-4726-a69e-d87fec86d2cc	true	access.token.claim
63e2d32e-ed05-4726-a69e-d87fec86d2cc	profile	claim.name
63e2d32e-ed05-4726-a69e-d87fec86d2cc	String	jsonType.label
7336d6f6-2799-4a7a-a2c1-baf8658f0378	true	introspection.token.claim
7336d6f6-2799-4a7a-a2c1-baf8658f0378	true	userinfo.token.claim
7336d6f6-2799-4a7a-a2c1-baf8658f0378	gender	user.attribute
7336d6f6-2799-4a7a-a2c1-baf8658f0378	true	id.token.claim
7336d6f6-2799-4a7a-a2c1-baf8658f0378	true	access.token.claim
7336d6f6-2799-4a7a-a2c1-baf8658f0378	gender	claim.name
7336d6f6-2799-4a7a-a2c1-baf8658f0378	String	jsonType.label
7663d7d8-6765-4422-8291-8f1cc5bfb71a	true	introspection.token.claim
7663d7d8-6765-4422-8291-8f1cc5bfb71a	true	userinfo.token.claim
7663d7d8-6765-4422-8291-8f1cc5bfb71a	firstName	user.attribute
7663d7d8-6765-4422-8291-8f1cc5bfb71a	true	id.token.claim
7663d7d8-6765-4422-8291-8f1cc5bfb71a	true	access.token.claim
7663d7d8-6765-4422-8291-8f1cc5bfb71a	given_name	claim.name
7663d7d8-6765-4422-8291-8f1cc5bfb71a	String	jsonType.label
78f0a048-8193-4e93-b88f-3bb4006c234b	true	introspection.token.claim
78f0a048-8193-4e93-b88f-3bb4006c234b	true	userinfo.token.claim
78f0a048-8193-4e93-b88f-3bb4006c234b	username	user.attribute
78f0a048-8193-4e93-b88f-3bb4006c234b	true	id.token.claim
78f0a048-8193-4e93-b88f-3bb4006c234b	true	access.token.claim
78f0a048-8193-4e93-b88f-3bb4006c234b	preferred_username	claim.name
78f0a048-8193-4e93-b88f-3bb4006c234b	String	jsonType.label
8e0785c6-6352-4431-ab34-b53d3f8e0690	true	introspection.token.claim
8e0785c6-6352-4431-ab34-b53d3f8e0690	true	userinfo.token.claim
8e0785c6-6352-4431-ab34-b53d3f8e0690	locale	user.attribute
8e0785c6-6352-4431-ab34-b53d3f8e0690	true	id.token.claim
8e0785c6-6352-4431-ab34-b53d3f8e0690	true	access.token.claim
8e0785c6-6352-4431-ab34-b53d3f8e0690	locale	claim.name
8e0785c6-6352-4431-ab34-b53d3f8e0690	String	jsonType.label
927b65cf-2c4f-481d-a276-f668b7e69307	true	introspection.token.claim
927b65cf-2c4f-481d-a276-f668b7e69307	true	userinfo.token.claim
927b65cf-2c4f-481d-a276-f668b7e69307	picture	user.attribute
927b65cf-2c4f-481d-a276-f668b7e69307	true	id.token.claim
927b65cf-2c4f-481d-a276-f668b7e69307	true	access.token.claim
927b65cf-2c4f-481d-a276-f668b7e69307	picture	claim.name
927b65cf-2c4f-481d-a276-f668b7e69307	String	jsonType.label
bf094bd9-ac75-4245-806d-bf03164d1197	true	introspection.token.claim
bf094bd9-ac75-4245-806d-bf03164d1197	true	userinfo.token.claim
bf094bd9-ac75-4245-806d-bf03164d1197	updatedAt	user.attribute
bf094bd9-ac75-4245-806d-bf03164d1197	true	id.token.claim
bf094bd9-ac75-4245-806d-bf03164d1197	true	access.token.claim
bf094bd9-ac75-4245-806d-bf03164d1197	updated_at	claim.name
bf094bd9-ac75-4245-806d-bf03164d1197	long	jsonType.label
da2d9bcf-f215-41ce-9111-9e43d0e47821	true	introspection.token.claim
da2d9bcf-f215-41ce-9111-9e43d0e47821	true	userinfo.token.claim
da2d9bcf-f215-41ce-9111-9e43d0e47821	nickname	user.attribute
da2d9bcf-f215-41ce-9111-9e43d0e47821	true	id.token.claim
da2d9bcf-f215-41ce-9111-9e43d0e47821	true	access.token.claim
da2d9bcf-f215-41ce-9111-9e43d0e47821	nickname	claim.name
da2d9bcf-f215-41ce-9111-9e43d0e47821	String	jsonType.label
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	true	introspection.token.claim
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	true	userinfo.token.claim
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	lastName	user.attribute
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	true	id.token.claim
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	true	access.token.claim
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	family_name	claim.name
dd9b2f4c-d087-4a47-9e04-b94bc52d0a82	String	jsonType.label
efa9c994-1ef4-4379-b8ac-f4e8b0698f65	true	introspection.token.claim
efa9c994-1ef4-4379-b8ac-f4e8b0698f65	true	userinfo.token.claim
efa9c994-1ef4-4379-b8ac-f4e8b0698f65	true	id.token.claim
efa9c994-1ef4-4379-b8ac-f4e8b0698f65	true	access.token.claim
ffae4880-a6d9-488d-b254-ed0f5e834b24	true	introspection.token.claim
ffae4880-a6d9-488d-b254-ed0f5e834b24	true	userinfo.token.claim
ffae4880-a6d9-488d-b254-ed0f5e834b24	middleName	user.attribute
ffae4880-a6d9-488d-b254-ed0f5e834b24	true	id.token.claim
ffae4880-a6d9-488d-b254-ed0f5e834b24	true	access.token.claim
ffae4880-a6d9-488d-b254-ed0f5e834b24	middle_name	claim.name
ffae4880-a6d9-488d-b254-ed0f5e834b24	String	jsonType.label
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	true	introspection.token.claim
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	true	userinfo.token.claim
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	emailVerified	user.attribute
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	true	id.token.claim
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	true	access.token.claim
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	email_verified	claim.name
65f55d5f-6056-4ee1-9ee2-3875247dbcf8	boolean	jsonType.label
a49432ec-79fe-450a-8aa7-f9a489e29768	true	introspection.token.claim
a49432ec-79fe-450a-8aa7-f9a489e29768	true	userinfo.token.claim
a49432ec-79fe-450a-8aa7-f9a489e29768	email	user.attribute
a49432ec-79fe-450a-8aa7-f9a489e29768	true	id.token.claim
a49432ec-79fe-450a-8aa7-f9a489e29768	true	access.token.claim
a49432ec-79fe-450a-8aa7-f9a489e29768	email	claim.name
a49432ec-79fe-450a-8aa7-f9a489e29768	String	jsonType.label
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	formatted	user.attribute.formatted
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	country	user.attribute.country
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	true	introspection.token.claim
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	postal_code	user.attribute.postal_code
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	true	userinfo.token.claim
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	street	user.attribute.street
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	true	id.token.claim
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	region	user.attribute.region
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	true	access.token.claim
b1a99079-5c4f-4bbc-962c-b1e0c4afb4ac	locality	user.attribute.locality
202d1c4e-c308-42f7-973d-bceab750ee7a	true	introspection.token.claim
202d1c4e-c308-42f7-973d-bceab750ee7a	true	userinfo.token.claim
202d1c4e-c308-42f7-973d-bceab750ee7a	phoneNumber	user.attribute
202d1c4e-c308-42f7-973d-bceab750ee7a	true	id.token.claim
202d1c4e-c308-42f7-973d-bceab750ee7a	true	access.token.claim
202d1c4e-c308-42f7-973d-bceab750ee7a	phone_number	claim.name
202d1c4e-c308-42f7-973d-bceab750ee7a	String	jsonType.label
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	true	introspection.token.claim
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	true	userinfo.token.claim
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	phoneNumberVerified	user.attribute
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	true	id.token.claim
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	true	access.token.claim
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	phone_number_verified	claim.name
3bc12aed-eb28-4e71-b2c3-d6f0b5c40032	boolean	jsonType.label
57c9563d-cbec-4270-80cb-540d3a829611	true	introspection.token.claim
57c9563d-cbec-4270-80cb-540d3a829611	true	multivalued
57c9563d-cbec-4270-80cb-540d3a829611	foo	user.attribute
57c9563d-cbec-4270-80cb-540d3a829611	true	access.token.claim
57c9563d-cbec-4270-80cb-540d3a829611	resource_access.${client_id}.roles	claim.name
57c9563d-cbec-4270-80cb-540d3a829611	String	jsonType.label
e8f03295-5269-409c-a4cc-dcc342cdb26d	true	introspection.token.claim
e8f03295-5269-409c-a4cc-dcc342cdb26d	true	multivalued
e8f03295-5269-409c-a4cc-dcc342cdb26d	foo	user.attribute
e8f03295-5269-409c-a4cc-dcc342cdb26d	true	access.token.claim
e8f03295-5269-409c-a4cc-dcc342cdb26d	realm_access.roles	claim.name
e8f03295-5269-409c-a4cc-dcc342cdb26d	String	jsonType.label
f11c8a77-e152-4007-b065-bb1dbcf4ed6c	true	introspection.token.claim
f11c8a77-e152-4007-b065-bb1dbcf4ed6c	true	access.token.claim
6feba129-cd52-4d3e-b4d5-9e1cd58e387d	true	introspection.token.claim
6feba129-cd52-4d3e-b4d5-9e1cd58e387d	true	access.token.claim
b832f4b7-1902-4d82-ba79-519363f1b32b	true	introspection.token.claim
b832f4b7-1902-4d82-ba79-519363f1b32b	true	multivalued
b832f4b7-1902-4d82-ba79-519363f1b32b	foo	user.attribute
b832f4b7-1902-4d82-ba79-519363f1b32b	true	id.token.claim
b832f4b7-1902-4d82-ba79-519363f1b32b	true	access.token.claim
b832f4b7-1902-4d82-ba79-519363f1b32b	groups	claim.name
b832f4b7-1902-4d82-ba79-519363f1b32b	String	jsonType.label
fa26266d-f300-494e-8af6-0ae02d3923aa	true	introspection.token.claim
fa26266d-f300-494e-8af6-0ae02d3923aa	true	userinfo.token.claim
fa26266d-f300-494e-8af6-0ae02d3923aa	username	user.attribute
fa26266d-f300-494e-8af6-0ae02d3923aa	true	id.token.claim
fa26266d-f300-494e-8af6-0ae02d3923aa	true	access.token.claim
fa26266d-f300-494e-8af6-0ae02d3923aa	upn	claim.name
fa26266d-f300-494e-8af6-0ae02d3923aa	String	jsonType.label
34e79516-08b4-4f68-ae8e-31bcb81e6815	true	introspection.token.claim
34e79516-08b4-4f68-ae8e-31bcb81e6815	true	id.token.claim
34e79516-08b4-4f68-ae8e-31bcb81e6815	true	access.token.claim
3c4bdd84-0b43-45f4-b99c-2d31e8610f17	true	introspection.token.claim
3c4bdd84-0b43-45f4-b99c-2d31e8610f17	true	access.token.claim
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	AUTH_TIME	user.session.note
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	true	introspection.token.claim
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	true	id.token.claim
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	true	access.token.claim
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	auth_time	claim.name
7ff2c9c5-8c87-4fd3-90ac-342dfd758036	long	jsonType.label
3880ec02-ecba-4d5a-846a-2c43ec626199	clientAddress	user.session.note
3880ec02-ecba-4d5a-846a-2c43ec626199	true	introspection.token.claim
3880ec02-ecba-4d5a-846a-2c43ec626199	true	id.token.claim
3880ec02-ecba-4d5a-846a-2c43ec626199	true	access.token.claim
3880ec02-ecba-4d5a-846a-2c43ec626199	clientAddress	claim.name
3880ec02-ecba-4d5a-846a-2c43ec626199	String	jsonType.label
4baab638-3a3b-4b34-9033-4877802b94c3	clientHost	user.session.note
4baab638-3a3b-4b34-9033-4877802b94c3	true	introspection.token.claim
4baab638-3a3b-4b34-9033-4877802b94c3	true	id.token.claim
4baab638-3a3b-4b34-9033-4877802b94c3	true	access.token.claim
4baab638-3a3b-4b34-9033-4877802b94c3	clientHost	claim.name
4baab638-3a3b-4b34-9033-4877802b94c3	String	jsonType.label
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	client_id	user.session.note
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	true	introspection.token.claim
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	true	id.token.claim
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	true	access.token.claim
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	client_id	claim.name
9b9271ca-0a0d-4808-b423-c2157a8b5dcf	String	jsonType.label
1aaf29fe-9341-44f6-aebe-9ca89cea0826	true	introspection.token.claim
1aaf29fe-9341-44f6-aebe-9ca89cea0826	true	multivalued
1aaf29fe-9341-44f6-aebe-9ca89cea0826	true	id.token.claim
1aaf29fe-9341-44f6-aebe-9ca89cea0826	true	access.token.claim
1aaf29fe-9341-44f6-aebe-9ca89cea0826	organization	claim.name
1aaf29fe-9341-44f6-aebe-9ca89cea0826	String	jsonType.label
0860506d-b1da-472d-93b1-09bcc395545a	secure_access_records_match	trustFramework
0860506d-b1da-472d-93b1-09bcc395545a	true	id.token.claim
0860506d-b1da-472d-93b1-09bcc395545a	false	access.token.claim
0860506d-b1da-472d-93b1-09bcc395545a	true	introspection.token.claim
0860506d-b1da-472d-93b1-09bcc395545a	true	userinfo.token.claim
e206df25-fc8a-4a02-babb-c28b21b7dc8e	true	id.token.claim
e206df25-fc8a-4a02-babb-c28b21b7dc8e	true	access.token.claim
e206df25-fc8a-4a02-babb-c28b21b7dc8e	true	introspection.token.claim
e206df25-fc8a-4a02-babb-c28b21b7dc8e	true	userinfo.token.claim
6fde8f62-a130-4d9d-8052-5478ed6f336e	true	introspection.token.claim
6fde8f62-a130-4d9d-8052-5478ed6f336e	true	userinfo.token.claim
6fde8f62-a130-4d9d-8052-5478ed6f336e	locale	user.attribute
6fde8f62-a130-4d9d-8052-5478ed6f336e	true	id.token.claim
6fde8f62-a130-4d9d-8052-5478ed6f336e	true	access.token.claim
6fde8f62-a130-4d9d-8052-5478ed6f336e	locale	claim.name
6fde8f62-a130-4d9d-8052-5478ed6f336e	String	jsonType.label
\.


--
-- Data for Name: realm; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm (id, access_code_lifespan, user_action_lifespan, access_token_lifespan, account_theme, admin_theme, email_theme, enabled, events_enabled, events_expiration, login_theme, name, not_before, password_policy, registration_allowed, remember_me, reset_password_allowed, social, ssl_required, sso_idle_timeout, sso_max_lifespan, update_profile_on_soc_login, verify_email, master_admin_client, login_lifespan, internationalization_enabled, default_locale, reg_email_as_username, admin_events_enabled, admin_events_details_enabled, edit_username_allowed, otp_policy_counter, otp_policy_window, otp_policy_period, otp_policy_digits, otp_policy_alg, otp_policy_type, browser_flow, registration_flow, direct_grant_flow, reset_credentials_flow, client_auth_flow, offline_session_idle_timeout, revoke_refresh_token, access_token_life_implicit, login_with_email_allowed, duplicate_emails_allowed, docker_auth_flow, refresh_token_max_reuse, allow_user_managed_access, sso_max_lifespan_remember_me, sso_idle_timeout_remember_me, default_role, display_name) FROM stdin;
19c25565-93b7-4a6b-ad9e-9fc03b165457	60	300	60	\N	\N	\N	t	f	0	\N	master	0	\N	f	f	f	f	EXTERNAL	1800	36000	f	f	e5d3ad5a-6c13-47ba-9b40-609af4c41ffd	1800	f	\N	f	f	f	f	0	1	30	6	HmacSHA1	totp	04696349-f1a3-4837-9491-c47cbf53ebe3	14ce0588-d5e9-45fc-a1c8-c497a46a5c49	46265def-7659-41a0-8ec4-bb079381e0e0	41d8d92c-6552-42a1-9752-6c8c140501da	417f6399-c58f-4dbe-aa53-b3ee01a1ef23	2592000	f	900	t	f	91aac953-5ac8-4d07-bfec-12befdcda968	0	f	0	0	8c3f9000-7d35-4417-933f-1866e659f576	Keycloak
6519ca87-5883-4ea0-9761-687f673cbb56	60	1800	300	secure-access	\N	secure-access	t	t	2592000	secure-access	secure-access	0	length(12) and maxLength(128) and notUsername(undefined) and notEmail(undefined) and notCommonPassword(undefined)	f	f	t	f	EXTERNAL	900	43200	f	f	8b1391c0-df5b-487a-8158-47cc3e0b546f	1800	t	en	f	t	f	f	0	1	30	6	HmacSHA1	totp	b887ed58-35c4-4df4-b3ba-a8bdd8461fcb	e2db24b0-3968-4395-84ba-a19ec25f6b26	a72645f8-61a8-42c7-b634-eb57cc2273db	09d2b05d-6fc3-41af-a632-ef7e2d284ab2	7247aeea-fe12-484d-8c8a-f18dedf88bf6	2592000	f	900	t	f	cea0901e-109b-4f74-b3c1-cef1db7a0b4c	0	f	0	0	d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	Secure Access Demo
\.


--
-- Data for Name: realm_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_attribute (name, realm_id, value) FROM stdin;
_browser_header.contentSecurityPolicyReportOnly	19c25565-93b7-4a6b-ad9e-9fc03b165457	
_browser_header.xContentTypeOptions	19c25565-93b7-4a6b-ad9e-9fc03b165457	nosniff
_browser_header.referrerPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	no-referrer
_browser_header.xRobotsTag	19c25565-93b7-4a6b-ad9e-9fc03b165457	none
_browser_header.xFrameOptions	19c25565-93b7-4a6b-ad9e-9fc03b165457	SAMEORIGIN
_browser_header.contentSecurityPolicy	19c25565-93b7-4a6b-ad9e-9fc03b165457	frame-src 'self'; frame-ancestors 'self'; object-src 'none';
_browser_header.strictTransportSecurity	19c25565-93b7-4a6b-ad9e-9fc03b165457	max-age=31536000; includeSubDomains
bruteForceProtected	19c25565-93b7-4a6b-ad9e-9fc03b165457	false
permanentLockout	19c25565-93b7-4a6b-ad9e-9fc03b165457	false
maxTemporaryLockouts	19c25565-93b7-4a6b-ad9e-9fc03b165457	0
bruteForceStrategy	19c25565-93b7-4a6b-ad9e-9fc03b165457	MULTIPLE
maxFailureWaitSeconds	19c25565-93b7-4a6b-ad9e-9fc03b165457	900
minimumQuickLoginWaitSeconds	19c25565-93b7-4a6b-ad9e-9fc03b165457	60
waitIncrementSeconds	19c25565-93b7-4a6b-ad9e-9fc03b165457	60
quickLoginCheckMilliSeconds	19c25565-93b7-4a6b-ad9e-9fc03b165457	1000
maxDeltaTimeSeconds	19c25565-93b7-4a6b-ad9e-9fc03b165457	43200
failureFactor	19c25565-93b7-4a6b-ad9e-9fc03b165457	30
maxSecondaryAuthFailures	19c25565-93b7-4a6b-ad9e-9fc03b165457	0
realmReusableOtpCode	19c25565-93b7-4a6b-ad9e-9fc03b165457	false
firstBrokerLoginFlowId	19c25565-93b7-4a6b-ad9e-9fc03b165457	2fd17aed-c0b7-4f44-abd3-c495516ae7aa
displayNameHtml	19c25565-93b7-4a6b-ad9e-9fc03b165457	<div class="kc-logo-text"><span>Keycloak</span></div>
defaultSignatureAlgorithm	19c25565-93b7-4a6b-ad9e-9fc03b165457	RS256
offlineSessionMaxLifespanEnabled	19c25565-93b7-4a6b-ad9e-9fc03b165457	false
offlineSessionMaxLifespan	19c25565-93b7-4a6b-ad9e-9fc03b165457	5184000
_browser_header.contentSecurityPolicyReportOnly	6519ca87-5883-4ea0-9761-687f673cbb56	
_browser_header.xContentTypeOptions	6519ca87-5883-4ea0-9761-687f673cbb56	nosniff
_browser_header.referrerPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	no-referrer
_browser_header.xRobotsTag	6519ca87-5883-4ea0-9761-687f673cbb56	none
_browser_header.xFrameOptions	6519ca87-5883-4ea0-9761-687f673cbb56	SAMEORIGIN
_browser_header.contentSecurityPolicy	6519ca87-5883-4ea0-9761-687f673cbb56	frame-src 'self'; frame-ancestors 'self'; object-src 'none';
_browser_header.strictTransportSecurity	6519ca87-5883-4ea0-9761-687f673cbb56	max-age=31536000; includeSubDomains
permanentLockout	6519ca87-5883-4ea0-9761-687f673cbb56	false
maxTemporaryLockouts	6519ca87-5883-4ea0-9761-687f673cbb56	0
bruteForceStrategy	6519ca87-5883-4ea0-9761-687f673cbb56	MULTIPLE
minimumQuickLoginWaitSeconds	6519ca87-5883-4ea0-9761-687f673cbb56	60
waitIncrementSeconds	6519ca87-5883-4ea0-9761-687f673cbb56	60
quickLoginCheckMilliSeconds	6519ca87-5883-4ea0-9761-687f673cbb56	1000
maxDeltaTimeSeconds	6519ca87-5883-4ea0-9761-687f673cbb56	43200
maxSecondaryAuthFailures	6519ca87-5883-4ea0-9761-687f673cbb56	0
realmReusableOtpCode	6519ca87-5883-4ea0-9761-687f673cbb56	false
bruteForceProtected	6519ca87-5883-4ea0-9761-687f673cbb56	true
failureFactor	6519ca87-5883-4ea0-9761-687f673cbb56	5
maxFailureWaitSeconds	6519ca87-5883-4ea0-9761-687f673cbb56	86400
defaultSignatureAlgorithm	6519ca87-5883-4ea0-9761-687f673cbb56	RS256
offlineSessionMaxLifespanEnabled	6519ca87-5883-4ea0-9761-687f673cbb56	false
offlineSessionMaxLifespan	6519ca87-5883-4ea0-9761-687f673cbb56	5184000
actionTokenGeneratedByAdminLifespan	6519ca87-5883-4ea0-9761-687f673cbb56	43200
actionTokenGeneratedByUserLifespan	6519ca87-5883-4ea0-9761-687f673cbb56	1800
oauth2DeviceCodeLifespan	6519ca87-5883-4ea0-9761-687f673cbb56	600
oauth2DevicePollingInterval	6519ca87-5883-4ea0-9761-687f673cbb56	5
webAuthnPolicyRpEntityName	6519ca87-5883-4ea0-9761-687f673cbb56	keycloak
webAuthnPolicySignatureAlgorithms	6519ca87-5883-4ea0-9761-687f673cbb56	ES256,RS256
webAuthnPolicyRpId	6519ca87-5883-4ea0-9761-687f673cbb56	
webAuthnPolicyAttestationConveyancePreference	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyAuthenticatorAttachment	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyResidentKey	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyRequireResidentKey	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyUserVerificationRequirement	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyCreateTimeout	6519ca87-5883-4ea0-9761-687f673cbb56	0
webAuthnPolicyAvoidSameAuthenticatorRegister	6519ca87-5883-4ea0-9761-687f673cbb56	false
webAuthnPolicyRpEntityNamePasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	keycloak
webAuthnPolicySignatureAlgorithmsPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	ES256,RS256
webAuthnPolicyRpIdPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	
webAuthnPolicyAttestationConveyancePreferencePasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyAuthenticatorAttachmentPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyResidentKeyPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	required
webAuthnPolicyRequireResidentKeyPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	not specified
webAuthnPolicyUserVerificationRequirementPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	required
webAuthnPolicyCreateTimeoutPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	0
webAuthnPolicyAvoidSameAuthenticatorRegisterPasswordless	6519ca87-5883-4ea0-9761-687f673cbb56	false
cibaBackchannelTokenDeliveryMode	6519ca87-5883-4ea0-9761-687f673cbb56	poll
cibaExpiresIn	6519ca87-5883-4ea0-9761-687f673cbb56	120
cibaInterval	6519ca87-5883-4ea0-9761-687f673cbb56	5
cibaAuthRequestedUserHint	6519ca87-5883-4ea0-9761-687f673cbb56	login_hint
parRequestUriLifespan	6519ca87-5883-4ea0-9761-687f673cbb56	60
firstBrokerLoginFlowId	6519ca87-5883-4ea0-9761-687f673cbb56	252d163b-c89e-46f6-9f0f-b330e6275dae
actionTokenGeneratedByUserLifespan.reset-credentials	6519ca87-5883-4ea0-9761-687f673cbb56	300
actionTokenGeneratedByUserLifespan.verify-email	6519ca87-5883-4ea0-9761-687f673cbb56	300
acr.loa.map	6519ca87-5883-4ea0-9761-687f673cbb56	{"urn:secure-access:acr:password":1,"urn:secure-access:acr:mfa":2,"urn:secure-access:acr:mfa-identity-records-match":3}
client-policies.profiles	6519ca87-5883-4ea0-9761-687f673cbb56	{"profiles":[{"name":"secure-access","description":"Secure Access: no password grant, and no refreshed tokens past the identity-proofing enforcement date for people not yet verified.","executors":[{"executor":"reject-ropc-grant","configuration":{"auto-configure":"false"}},{"executor":"secure-access-proofing-enforced-on-refresh","configuration":{}}]}]}
client-policies.policies	6519ca87-5883-4ea0-9761-687f673cbb56	{"policies":[{"name":"secure-access","description":"Applies the secure-access profile to every client of the realm.","enabled":true,"conditions":[{"condition":"any-client","configuration":{}}],"profiles":["secure-access"]}]}
\.


--
-- Data for Name: realm_default_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_default_groups (realm_id, group_id) FROM stdin;
\.


--
-- Data for Name: realm_enabled_event_types; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_enabled_event_types (realm_id, value) FROM stdin;
\.


--
-- Data for Name: realm_events_listeners; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_events_listeners (realm_id, value) FROM stdin;
19c25565-93b7-4a6b-ad9e-9fc03b165457	jboss-logging
6519ca87-5883-4ea0-9761-687f673cbb56	secure-access-login-history
6519ca87-5883-4ea0-9761-687f673cbb56	jboss-logging
\.


--
-- Data for Name: realm_localizations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_localizations (realm_id, locale, texts) FROM stdin;
\.


--
-- Data for Name: realm_required_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_required_credential (type, form_label, input, secret, realm_id) FROM stdin;
password	password	t	t	19c25565-93b7-4a6b-ad9e-9fc03b165457
password	password	t	t	6519ca87-5883-4ea0-9761-687f673cbb56
\.


--
-- Data for Name: realm_smtp_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_smtp_config (realm_id, value, name) FROM stdin;
\.


--
-- Data for Name: realm_supported_locales; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.realm_supported_locales (realm_id, value) FROM stdin;
6519ca87-5883-4ea0-9761-687f673cbb56	en
6519ca87-5883-4ea0-9761-687f673cbb56	es
\.


--
-- Data for Name: redirect_uris; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.redirect_uris (client_id, value) FROM stdin;
185e42de-3664-4009-becb-673b06c722b4	/realms/master/account/*
2c8b0951-4844-48b1-afa7-2c56991e89d5	/realms/master/account/*
299942c7-9e37-4444-a388-9d2d27dd5e70	/admin/master/console/*
674a480e-f91d-4338-bd14-c3a59738fc55	/realms/secure-access/account/*
1562fc3e-cb93-46b1-91c5-c687f462cae9	/realms/secure-access/account/*
24e56190-7350-42d8-8f9f-f046137930a2	/admin/secure-access/console/*
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	http://127.0.0.1:*
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	http://localhost:*
\.


--
-- Data for Name: required_action_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.required_action_config (required_action_id, value, name) FROM stdin;
885ec056-802f-4af9-ad9b-2c8bcf0c763c	30	letterPeriodDays
885ec056-802f-4af9-ad9b-2c8bcf0c763c	5	failedMatchesAllowed
885ec056-802f-4af9-ad9b-2c8bcf0c763c	2027-06-30	enforcementDate
885ec056-802f-4af9-ad9b-2c8bcf0c763c	10	taxIdAttemptsPerHour
885ec056-802f-4af9-ad9b-2c8bcf0c763c	6	failedMatchWindowHours
885ec056-802f-4af9-ad9b-2c8bcf0c763c	15	emailCodeLifetimeMinutes
885ec056-802f-4af9-ad9b-2c8bcf0c763c	5	letterCodeEntriesPerTenMinutes
885ec056-802f-4af9-ad9b-2c8bcf0c763c	get-transcript-online,ip-pin	priorProofingValues
885ec056-802f-4af9-ad9b-2c8bcf0c763c	24	letterMinimumGapHours
885ec056-802f-4af9-ad9b-2c8bcf0c763c	5	emailCodeMaxWrongEntries
885ec056-802f-4af9-ad9b-2c8bcf0c763c	30	letterCodeValidityDays
885ec056-802f-4af9-ad9b-2c8bcf0c763c	4	lettersPerPeriod
885ec056-802f-4af9-ad9b-2c8bcf0c763c	priorIdentityProofing	priorProofingAttribute
f4c3e40a-efcb-414c-9b23-10a7920f2531	US	defaultRegion
f4c3e40a-efcb-414c-9b23-10a7920f2531	300	max_auth_age
f4c3e40a-efcb-414c-9b23-10a7920f2531	US	allowedRegions
f4c3e40a-efcb-414c-9b23-10a7920f2531	MOBILE##FIXED_LINE_OR_MOBILE	allowedNumberTypes
\.


--
-- Data for Name: required_action_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.required_action_provider (id, alias, name, realm_id, enabled, default_action, provider_id, priority) FROM stdin;
8c67b332-a853-4dc7-80e5-2a8ed9255502	VERIFY_EMAIL	Verify Email	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	VERIFY_EMAIL	50
eed8e9ab-1a11-42ba-86e5-5f411bc911e9	UPDATE_PROFILE	Update Profile	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	UPDATE_PROFILE	40
b658896c-504d-4352-8d90-564a069e80cf	CONFIGURE_TOTP	Configure OTP	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	CONFIGURE_TOTP	54
99e5f16a-56c0-4af1-9b0c-fd2e965645fd	UPDATE_PASSWORD	Update Password	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	UPDATE_PASSWORD	57
d2a5b509-8e64-4b8b-bd10-e159d6d81faf	TERMS_AND_CONDITIONS	Terms and Conditions	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	f	TERMS_AND_CONDITIONS	20
1a033619-9ab9-4169-82ee-5f451f457f83	delete_account	Delete Account	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	f	delete_account	60
03f91b36-b07a-4d66-ab7a-4f1946845a76	delete_credential	Delete Credential	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	delete_credential	110
08f04587-1a4c-4442-b618-4f867ac79924	update_user_locale	Update User Locale	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	update_user_locale	1000
0ab14573-f959-437c-a86c-edd49e211acc	UPDATE_EMAIL	Update Email	19c25565-93b7-4a6b-ad9e-9fc03b165457	f	f	UPDATE_EMAIL	70
ae6f9a12-c44e-4ce1-b473-f1fd3a53dd83	CONFIGURE_RECOVERY_AUTHN_CODES	Recovery Authentication Codes	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	CONFIGURE_RECOVERY_AUTHN_CODES	130
91ad9ada-f2e1-4cc2-bd7b-f85feade11cf	webauthn-register	Webauthn Register	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	webauthn-register	80
98231a18-311d-45d8-832d-619273ee2294	webauthn-register-passwordless	Webauthn Register Passwordless	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	webauthn-register-passwordless	90
fc89953b-c390-47ff-97ee-1622dc225aca	VERIFY_PROFILE	Verify Profile	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	VERIFY_PROFILE	100
0d6e60ba-55bf-4cff-aee1-5bf870117c34	idp_link	Linking Identity Provider	19c25565-93b7-4a6b-ad9e-9fc03b165457	t	f	idp_link	120
ac88eadd-ae07-4e7e-b086-35ee79969ce1	VERIFY_EMAIL	Verify Email	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	VERIFY_EMAIL	10
06b63fed-8c6f-44ac-a7dd-e1f3d8cf2f96	UPDATE_PROFILE	Update Profile	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	UPDATE_PROFILE	20
080bb8e1-8c54-4a4c-b686-6cf5fd87563e	UPDATE_PASSWORD	Update Password	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	UPDATE_PASSWORD	30
885ec056-802f-4af9-ad9b-2c8bcf0c763c	secure-access-verify-identity	Secure Access: verify your identity	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	secure-access-verify-identity	35
db6a04c3-bb8d-41ae-9309-b8c152c51b39	secure-access-site-phrase	Secure Access: choose a site phrase and picture	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	secure-access-site-phrase	38
f4c3e40a-efcb-414c-9b23-10a7920f2531	secure-access-phone	Secure Access: set up text-message security codes	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	secure-access-phone	40
a20ade40-46c4-416e-8e8a-eaccd8e5278b	CONFIGURE_TOTP	Configure OTP	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	CONFIGURE_TOTP	50
9bfd139d-9804-4959-b742-19f8a238aebc	webauthn-register	Webauthn Register	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	webauthn-register	60
91eee094-8738-4fd8-ad15-a2c28f4f02b4	CONFIGURE_RECOVERY_AUTHN_CODES	Recovery Authentication Codes	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	CONFIGURE_RECOVERY_AUTHN_CODES	70
7b75dbcc-6816-4fb8-ac9c-ac4764978275	TERMS_AND_CONDITIONS	Terms and Conditions	6519ca87-5883-4ea0-9761-687f673cbb56	f	f	TERMS_AND_CONDITIONS	80
345d3bd4-c6c7-4ca7-9b82-22429405d797	delete_credential	Delete Credential	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	delete_credential	90
d58697e6-610f-481d-9dfc-8f5ae99882a6	update_user_locale	Update User Locale	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	update_user_locale	100
71d7d8d4-bba6-4557-8404-0638905401b2	VERIFY_PROFILE	Verify Profile	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	VERIFY_PROFILE	110
e2eb589e-cc97-43bd-b702-cbe9ea22c76a	idp_link	Linking Identity Provider	6519ca87-5883-4ea0-9761-687f673cbb56	t	f	idp_link	120
fb9ce07d-1ad6-47f8-aa5c-cd24e5aad2ef	delete_account	Delete Account	6519ca87-5883-4ea0-9761-687f673cbb56	f	f	delete_account	60
\.


--
-- Data for Name: resource_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_attribute (id, name, value, resource_id) FROM stdin;
\.


--
-- Data for Name: resource_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_policy (resource_id, policy_id) FROM stdin;
\.


--
-- Data for Name: resource_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_scope (resource_id, scope_id) FROM stdin;
\.


--
-- Data for Name: resource_server; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server (id, allow_rs_remote_mgmt, policy_enforce_mode, decision_strategy) FROM stdin;
\.


--
-- Data for Name: resource_server_perm_ticket; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_perm_ticket (id, owner, requester, created_timestamp, granted_timestamp, resource_id, scope_id, resource_server_id, policy_id) FROM stdin;
\.


--
-- Data for Name: resource_server_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_policy (id, name, description, type, decision_strategy, logic, resource_server_id, owner) FROM stdin;
\.


--
-- Data for Name: resource_server_resource; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_resource (id, name, type, icon_uri, owner, resource_server_id, owner_managed_access, display_name) FROM stdin;
\.


--
-- Data for Name: resource_server_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_server_scope (id, name, icon_uri, resource_server_id, display_name) FROM stdin;
\.


--
-- Data for Name: resource_uris; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.resource_uris (resource_id, value) FROM stdin;
\.


--
-- Data for Name: revoked_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.revoked_token (id, expire) FROM stdin;
\.


--
-- Data for Name: role_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.role_attribute (id, role_id, name, value) FROM stdin;
\.


--
-- Data for Name: root_auth_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.root_auth_session (id, realm_id, "timestamp", version) FROM stdin;
\.


--
-- Data for Name: sa_login_history; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_login_history (id, realm_id, user_id, event_time, kind, success, client_id, ip_address, device, device_family, user_agent, factor, session_id, detail, attempts) FROM stdin;
f714103a-76c3-4688-bf97-7f761c6347dc	6519ca87-5883-4ea0-9761-687f673cbb56	58b425e1-fb25-43e2-a8ef-4769f6967174	1796413561286	IDENTITY_PROOFING	t	\N	127.0.0.1	Other · Other	Other · Other	Java-http-client/17.0.15	exception	\N	\N	\N
bb8c161e-7043-4502-af6c-75fe563ca64b	6519ca87-5883-4ea0-9761-687f673cbb56	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413562061	CODE_WRONG	f	demo-app	127.0.0.1	Other · Other	Other · Other	Java-http-client/17.0.15	otp	\N	invalid_user_credentials	\N
1ee8811f-a841-4e78-8c7a-5f3fdcabd0b5	6519ca87-5883-4ea0-9761-687f673cbb56	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413562196	SIGN_IN	t	demo-app	127.0.0.1	Other · Other	Other · Other	Java-http-client/17.0.15	pwd+otp	dmAte2fXEjtt2AD1TtMzjBQf	\N	\N
d9f99179-9d70-446c-aa85-d2628bb47d7d	6519ca87-5883-4ea0-9761-687f673cbb56	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413562407	SIGN_IN	t	demo-app	127.0.0.1	Other · Other	Other · Other	Java-http-client/17.0.15	pwd+otp	2Bj9kiP5USaAx2YDUWr7vUue	\N	\N
0e542d65-f220-427c-bfcd-d3484fde6d72	6519ca87-5883-4ea0-9761-687f673cbb56	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796413562717	PASSWORD_WRONG	f	demo-app	127.0.0.1	Other · Other	Other · Other	Java-http-client/17.0.15	pwd	\N	invalid_user_credentials	\N
\.


--
-- Data for Name: sa_login_history_tally; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_login_history_tally (id, realm_id, user_id, hour_start, failures) FROM stdin;
30183119-32ab-3475-af44-fb6af8eba51b	6519ca87-5883-4ea0-9761-687f673cbb56	fc5ce590-4336-4f89-90f1-96ddbf140d4c	1796410800000	2
\.


--
-- Data for Name: sa_proofing; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_proofing (id, realm_id, user_id, status, verifier, person_ref, verified_person_ref, given_name, family_name, identity_matched_at, account_matched_at, method, level_reached, verified_at, exception_reason, exception_by, letter_code_hash, letter_id, letter_sent_at, letter_expires_at, started_at, updated_at) FROM stdin;
d07dd795-56d2-424b-bff5-ffbd79fefc72	6519ca87-5883-4ea0-9761-687f673cbb56	58b425e1-fb25-43e2-a8ef-4769f6967174	VERIFIED	\N	\N	\N	Test	upgrade-phone-person	\N	\N	EXCEPTION	exception	1796413561267	in-person: Identity seen in person (upgrade fixture)	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	\N	\N	\N	\N	1796413561266	1796413561267
\.


--
-- Data for Name: sa_proofing_funnel; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_proofing_funnel (realm_id, stage, total) FROM stdin;
6519ca87-5883-4ea0-9761-687f673cbb56	COMPLETED_BY_EXCEPTION	1
\.


--
-- Data for Name: sa_recovery_cancel_link; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_recovery_cancel_link (token_hash, request_id, channel, created_at) FROM stdin;
\.


--
-- Data for Name: sa_recovery_request; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_recovery_request (id, realm_id, user_id, live_key, route, status, requested_at, ready_at, ready_notice_at, ends_at, letter_id, letter_code_hash, letter_sent_at, base_url, closed_at, closed_by) FROM stdin;
\.


--
-- Data for Name: sa_reference_account; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_reference_account (id, person_id, account_type, number_hash, last4) FROM stdin;
5890bb02-0d61-4884-970a-b034f9f6df72	a1faa23c-01fb-4de3-bc79-ac04bed4a4ff	CREDIT_CARD	4660b54d28f67f6323bc9ec9473b0a44c5184c04967a4a56c013008b1b621001	1081
8bc4eca9-bb32-4421-b9d8-d5c770f97b7a	2ba793dc-175f-4955-81cd-616451e48128	CREDIT_CARD	903710ae3c94f9b56d884bd22e5fa087ecaf0db1a09da7b5f70d95a8adaf4246	1082
\.


--
-- Data for Name: sa_reference_person; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_reference_person (id, realm_id, tax_id_hash, tax_id_last4, name_hash, dob_hash, filing_status_hash, address_hash, mail_name, mail_line1, mail_line2, mail_city, mail_state, mail_zip, created_at, updated_at, import_batch_id) FROM stdin;
a1faa23c-01fb-4de3-bc79-ac04bed4a4ff	6519ca87-5883-4ea0-9761-687f673cbb56	33b9e6e74ae9dd10ff568f36a464ed11503b466e94e316be77a7575752b3e987	4381	44a20ab96767e642b9bca6430b9db5cc1d26a740a23d32bbd96e282a1f530259	8ab149cc9fc82dfc62e084d61eceff2d5b6e785df3fb256fbef1a07253c8575d	42c7410fa2d9c5de53c3336eda4b3709771f7e3faa0d4a2a72e64aaaf497126b	afca605f1dff4903832a909d10963285109ada7bc19fb27e357dc62c5c51f52b	Uma Upgrade	81 Testing Road	\N	Springfield	IL	62781	1796413560936	1796413560936	72dcd912-77d5-4e06-b2d6-b4bad3a3f76d
2ba793dc-175f-4955-81cd-616451e48128	6519ca87-5883-4ea0-9761-687f673cbb56	25f7a36e6a2b841d506158b4c26f5ba7510fba4864abf3ea9c1f16c0f873e964	4382	eacc1d873712f7b31e70fdad6de005c4ff46cbb116e8b3c6b902b3a6b1111750	008b0369d11b8002e17ff52ce2a030325b07fdf491517c937dd70533ab4e2f6b	42c7410fa2d9c5de53c3336eda4b3709771f7e3faa0d4a2a72e64aaaf497126b	9e595c63f54130c93075633927d4ffb9d44ebcf28abb40bff2b38e0235346b80	Ulla Upgrade	82 Testing Road	\N	Springfield	IL	62782	1796413560936	1796413560936	72dcd912-77d5-4e06-b2d6-b4bad3a3f76d
\.


--
-- Data for Name: sa_reference_phone; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_reference_phone (id, person_id, number_hash, last4, line_type) FROM stdin;
1afc14d2-afcc-498b-af2a-e8c3ae0916d1	a1faa23c-01fb-4de3-bc79-ac04bed4a4ff	7c760372df55faae9bdf7da10af92c6aa5eb6e88fdfde1e7ebdfa0b975dc63d0	0181	MOBILE
36307096-a74a-4b23-80ca-7da9fb832e30	2ba793dc-175f-4955-81cd-616451e48128	5f5c02705f654aa276503c409f0c369de0d7863d8ee320bd78d56dcffd61550f	0182	MOBILE
\.


--
-- Data for Name: sa_security_counter; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sa_security_counter (id, realm_id, hits, window_start, locked_until, last_hit_at, expires_at, run_total) FROM stdin;
bed53b79a24f79b45e9d063421677bef7d746c7671a2e263366bb83e8fa0cad6	6519ca87-5883-4ea0-9761-687f673cbb56	0	0	0	1796413562366	1796413562374	0
1bfdafeb5c5f47c16cc869389b2424bd4d7c0433a8ed37f4ceac781a9b4d5fcc	6519ca87-5883-4ea0-9761-687f673cbb56	1	1796413561868	0	1796413562599	1796414461868	0
8ecc2576be6f7e35fe6d7ef197532e5b32539aa4622d8887b85440faa3c3cbc7	6519ca87-5883-4ea0-9761-687f673cbb56	1	1796413561875	0	1796413562602	1796414461875	0
\.


--
-- Data for Name: scope_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scope_mapping (client_id, role_id) FROM stdin;
2c8b0951-4844-48b1-afa7-2c56991e89d5	a60f8654-0747-478b-9de6-e1f63135b2d0
2c8b0951-4844-48b1-afa7-2c56991e89d5	51af16be-e4c6-4c92-8ed6-b1f8f004515c
1562fc3e-cb93-46b1-91c5-c687f462cae9	62a703ff-cbf6-4f3a-9ea7-5f9abe0d48e2
1562fc3e-cb93-46b1-91c5-c687f462cae9	3b25382f-cc57-4555-865e-fda971f4ff81
\.


--
-- Data for Name: scope_policy; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scope_policy (scope_id, policy_id) FROM stdin;
\.


--
-- Data for Name: server_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_config (server_config_key, value, version) FROM stdin;
JGROUPS_ADDRESS_SEQUENCE	1	1
crt_jgroups	{"prvKey":"MIIEowIBAAKCAQEAqkwCGlyCwQ+3uL8oGm2+Vltaq1HbJJvPFIQo98nBh1iTIrRLLbLICHzIjNJkdtNxTTquspOjGCGNZVrxftuLu6CEn66szrNiLU4DpgVQE01NFIpAbFDcYhFuMDiTkC0bnZzvu5SEdVbEsykpRPNdToFrT9YXobWqq42UrgmzfJb7mOJy0nYq8WUym5irBAb2MFSxuRXsAb8ClbuvKiJx1+d4YjPqB4c1pvCibXGBN4I1BaeMMmV8AB4bZOa4aizkHzy1T+X/YKq8KE9vk2ifjHKyoHBM2uL/6vzBtDXQIRiLvoTNkSxyWnQQ3gNxFxnwRltdhu8+E+LkYcAfKl5+UwIDAQABAoIBAA5ZTSwPc2z0+BP291gSuyDnnaIlyYMyJaai5BjMxSO0UOFxs4vsLnKYoQVMjO5+LmPFeAbP7cQQv6s0mHiJ4yIyCjqyKxlXgAQ1OJV6iR63OrFqXLdDsO4KbfBeNADH7DXBjWmOwAJrBzPZWgLXRptgyDv33BHiDrlZupdXdeofY2Bs+yzXd8aLPEbEcm+Cc2bJ4UxpBcAz5VCnSa3b/4z9SHWAu4a+z91zqcjQPAO2U/BMZ2w7WExAuIhkP0mJvzL8jIzuUVPcZYc0XL/TaRAIh7nj6BODMozikln07vec9L/qktQ5XVSIp3u9lSgHf0a8gwXCmUV5H0fBibYg4rECgYEA3XPjSSpnHW1Hl/zaQisrQdRckJSrJYWfEg6xvq4r6dcgXPN1MKpAc3VyC13WiVO4S3iAhIuQcJR7o7pcvABU/ahj7jNQ8NEqsIvCDfRxcSLtdbwSF/jHYadY4gBLDMxgQHJAzBHFjjHlcyAKBDDAFq3unQ/GAIc7sLdUkFt2KuUCgYEAxN0fQymmzo8CfeBy4TMgXio2P3LAKbsw1kMjyvjfMXMQGngN87Wfdp1BzRg6ORMPYDQ30zxC5K6fvf01iG4++IK6BCVB974+bYrZCwMAyHIpjITiJhMwwWa6oCpCzeAspBVQZVH1yyD0bAaeDfj1GHLiDcgH0DqrnhFNK5z/GNcCgYBEcU+6yjcqWh75c3WFY9AvvVGKgdhPdXfPXelDdJMv54QiFkCO9N+Mj6zapHrs4IoiETEvRe8zTEDWPn/wvu2FpCiWcxe+Bfd6rwcfxv/UpqXbcG/rJsGAhfcrikmnv/azlFxAdfGn2/X9Wdaequ6DU+hedISOnz0shczF/O6NnQKBgQCzIo8W+2i5HvLifgGrIG28oeaZF576mkZXQeLpCEt4YL5vh30SndtMAM7mhLw+QTTFkt6VjYlFNA1RwX4b9k3Arpv7t7duayO9ZBIZ7hKhUxixsB1lDiNYaVU69xmw4uNcL7TnbYwe2Y7wWZkrF7ZXF/rRFYrelPSjMhUpsYODIwKBgEUV7amr72WuZ4lsYZu9COTqiwrOI9bRPuZ0bgQBdsvDTu8BGRaRG4VQwxSf/8ZkA7L6CEBLTKp/eBHapJyujTniEG9IW6VhvwFLmjSSAp8ncWXuu8Lze3rGNE/Hj1ov1kOXbBMyUdBjslY321z6TbqtXxejeuBxoqnI6FHJ1ePa","pubKey":"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqkwCGlyCwQ+3uL8oGm2+Vltaq1HbJJvPFIQo98nBh1iTIrRLLbLICHzIjNJkdtNxTTquspOjGCGNZVrxftuLu6CEn66szrNiLU4DpgVQE01NFIpAbFDcYhFuMDiTkC0bnZzvu5SEdVbEsykpRPNdToFrT9YXobWqq42UrgmzfJb7mOJy0nYq8WUym5irBAb2MFSxuRXsAb8ClbuvKiJx1+d4YjPqB4c1pvCibXGBN4I1BaeMMmV8AB4bZOa4aizkHzy1T+X/YKq8KE9vk2ifjHKyoHBM2uL/6vzBtDXQIRiLvoTNkSxyWnQQ3gNxFxnwRltdhu8+E+LkYcAfKl5+UwIDAQAB","crt":"MIICnTCCAYUCBgGiQpdk8jANBgkqhkiG9w0BAQsFADASMRAwDgYDVQQDDAdqZ3JvdXBzMB4XDTI2MTIwNDE5NDQwN1oXDTI3MDIwMjE5NDU0NlowEjEQMA4GA1UEAwwHamdyb3VwczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKpMAhpcgsEPt7i/KBptvlZbWqtR2ySbzxSEKPfJwYdYkyK0Sy2yyAh8yIzSZHbTcU06rrKToxghjWVa8X7bi7ughJ+urM6zYi1OA6YFUBNNTRSKQGxQ3GIRbjA4k5AtG52c77uUhHVWxLMpKUTzXU6Ba0/WF6G1qquNlK4Js3yW+5jictJ2KvFlMpuYqwQG9jBUsbkV7AG/ApW7ryoicdfneGIz6geHNabwom1xgTeCNQWnjDJlfAAeG2TmuGos5B88tU/l/2CqvChPb5Non4xysqBwTNri/+r8wbQ10CEYi76EzZEsclp0EN4DcRcZ8EZbXYbvPhPi5GHAHypeflMCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAW/8PobEcKcxubQ9lzoP9Xio3T2b/OaKgZBSEadhUhRCI3iHOL4OxsQ8iuglrtk4ADyZD2vyOPet20WTirS/mfzyQumHYtce0zOv7EvS/M8dcHVAKiVHHnoLQYBig3HDZ144svNJEafg+FI0lQky/6jGAt86b3So2Gm3PClymKFVTbbYhSHqkSBIgREbT34AN6yEBj0nHMPnpCXtImRaV3HMbq5egTR8Z68OAfDyUj4WsN4fOjXWaWIurN6wFE5EgtFB+/Gdo6vAsjZKYUcpIsUyIeYwbkWJ7CXltWvC/kZj9+RVC6Du3GOLTtnmiL8X+eGuPkQq8kxn8fRcQbFYlIw==","alias":"30c91d56-2294-4489-afad-9068c7affb41","generatedMillis":1796413547826}	0
\.


--
-- Data for Name: single_use_object; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.single_use_object (id, notes, expire) FROM stdin;
\.


--
-- Data for Name: user_attribute; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_attribute (name, value, user_id, id, long_value_hash, long_value_hash_lower_case, long_value) FROM stdin;
phoneNumber	+12025550143	e8c92c0a-9830-4d59-84d7-46c52330c50e	863b5151-29f6-45ab-8ffc-b0fa9916796b	\N	\N	\N
priorIdentityProofing	get-transcript-online	e8c92c0a-9830-4d59-84d7-46c52330c50e	5914a8f0-67a3-429a-9f98-d74352349189	\N	\N	\N
priorIdentityProofing	get-transcript-online	56d9db6c-0627-42fa-9a97-84de5609603e	c0bb7e56-c556-41bb-bd26-2e365f760a8a	\N	\N	\N
is_temporary_admin	true	c06b9ac7-a192-4ef2-bf30-21c7c094e18e	58d4f7ee-c356-4ba0-964f-491fe161081b	\N	\N	\N
siteImage	lighthouse	58b425e1-fb25-43e2-a8ef-4769f6967174	7bb779bb-119f-496e-aa6c-a23ede5519e7	\N	\N	\N
sitePhrase	Phrase of upgrade-phone-person	58b425e1-fb25-43e2-a8ef-4769f6967174	406e5066-bd39-4ca6-b835-d0a760612105	\N	\N	\N
secure-access.phone-lookup	57294fd721147ac95ed95253c0e3aa6e30be8c4f718cb152a35215c527723040	58b425e1-fb25-43e2-a8ef-4769f6967174	14d5b791-c9c1-4c01-83fd-10839288c98c	\N	\N	\N
priorIdentityProofing	get-transcript-online	fc5ce590-4336-4f89-90f1-96ddbf140d4c	4cf16a00-bae3-4bcb-b42a-59e68b4b770c	\N	\N	\N
siteImage	lighthouse	fc5ce590-4336-4f89-90f1-96ddbf140d4c	36f3d96b-1249-4fbc-9367-f84b371cadd8	\N	\N	\N
sitePhrase	Phrase of upgrade-app-person	fc5ce590-4336-4f89-90f1-96ddbf140d4c	03b327f6-be54-434e-95fa-9f493bf0c6d0	\N	\N	\N
\.


--
-- Data for Name: user_consent; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_consent (id, client_id, user_id, created_date, last_updated_date, client_storage_provider, external_client_id) FROM stdin;
\.


--
-- Data for Name: user_consent_client_scope; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_consent_client_scope (user_consent_id, scope_id, parameter) FROM stdin;
\.


--
-- Data for Name: user_entity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_entity (id, email, email_constraint, email_verified, enabled, federation_link, first_name, last_name, realm_id, username, created_timestamp, service_account_client_link, not_before, last_modified_timestamp) FROM stdin;
56d9db6c-0627-42fa-9a97-84de5609603e	alex.app@example.com	alex.app@example.com	t	t	\N	Alex	App	6519ca87-5883-4ea0-9761-687f673cbb56	alex.app	1796413554472	\N	0	1796413554472
bbeb3f30-14c9-4579-ad39-94cec991effd	jordan.letter@example.com	jordan.letter@example.com	t	t	\N	Jordan	Letter	6519ca87-5883-4ea0-9761-687f673cbb56	jordan.letter	1796413554664	\N	0	1796413554664
d3ad9e7b-0f8b-4da3-bfb5-ad9953196dc3	riley.records@example.com	riley.records@example.com	t	t	\N	Riley	Records	6519ca87-5883-4ea0-9761-687f673cbb56	riley.records	1796413554572	\N	0	1796413554572
e8c92c0a-9830-4d59-84d7-46c52330c50e	pat.phone@example.com	pat.phone@example.com	t	t	\N	Pat	Phone	6519ca87-5883-4ea0-9761-687f673cbb56	pat.phone	1796413554343	\N	0	1796413554343
c06b9ac7-a192-4ef2-bf30-21c7c094e18e	\N	51c32cc3-7b26-4c59-9ebd-8ee8ec2f239c	f	t	\N	\N	\N	19c25565-93b7-4a6b-ad9e-9fc03b165457	admin	1796413559192	\N	0	1796413559192
58b425e1-fb25-43e2-a8ef-4769f6967174	upgrade-phone-person@example.com	upgrade-phone-person@example.com	t	t	\N	Test	upgrade-phone-person	6519ca87-5883-4ea0-9761-687f673cbb56	upgrade-phone-person	1796413561048	\N	0	1796413561048
fc5ce590-4336-4f89-90f1-96ddbf140d4c	upgrade-app-person@example.com	upgrade-app-person@example.com	t	t	\N	Test	upgrade-app-person	6519ca87-5883-4ea0-9761-687f673cbb56	upgrade-app-person	1796413561527	\N	0	1796413561527
\.


--
-- Data for Name: user_federation_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_config (user_federation_provider_id, value, name) FROM stdin;
\.


--
-- Data for Name: user_federation_mapper; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_mapper (id, name, federation_provider_id, federation_mapper_type, realm_id) FROM stdin;
\.


--
-- Data for Name: user_federation_mapper_config; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_mapper_config (user_federation_mapper_id, value, name) FROM stdin;
\.


--
-- Data for Name: user_federation_provider; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_federation_provider (id, changed_sync_period, display_name, full_sync_period, last_sync, priority, provider_name, realm_id) FROM stdin;
\.


--
-- Data for Name: user_group_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_group_membership (group_id, user_id, membership_type) FROM stdin;
\.


--
-- Data for Name: user_required_action; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_required_action (user_id, required_action) FROM stdin;
\.


--
-- Data for Name: user_role_mapping; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_role_mapping (role_id, user_id) FROM stdin;
8c3f9000-7d35-4417-933f-1866e659f576	c06b9ac7-a192-4ef2-bf30-21c7c094e18e
69c48a74-f95b-4226-b8ce-14fc2553bf61	c06b9ac7-a192-4ef2-bf30-21c7c094e18e
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	58b425e1-fb25-43e2-a8ef-4769f6967174
d4e11d8c-6a4c-4ed7-a8e6-25ce0a6ecb1e	fc5ce590-4336-4f89-90f1-96ddbf140d4c
\.


--
-- Data for Name: user_ver_credential; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_ver_credential (id, client_scope_id, user_id, revision, created_date, updated_date, user_attributes, version) FROM stdin;
\.


--
-- Data for Name: web_origins; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.web_origins (client_id, value) FROM stdin;
299942c7-9e37-4444-a388-9d2d27dd5e70	+
24e56190-7350-42d8-8f9f-f046137930a2	+
e378ba3f-b276-448b-9d46-cd3c9a9c0a82	+
\.


--
-- Data for Name: workflow_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.workflow_state (execution_id, resource_id, workflow_id, resource_type, scheduled_step_id, scheduled_step_timestamp) FROM stdin;
\.


--
-- Name: org_domain ORG_DOMAIN_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_domain
    ADD CONSTRAINT "ORG_DOMAIN_pkey" PRIMARY KEY (id, name);


--
-- Name: org ORG_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT "ORG_pkey" PRIMARY KEY (id);


--
-- Name: server_config SERVER_CONFIG_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_config
    ADD CONSTRAINT "SERVER_CONFIG_pkey" PRIMARY KEY (server_config_key);


--
-- Name: keycloak_role UK_J3RWUVD56ONTGSUHOGM184WW2-2; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT "UK_J3RWUVD56ONTGSUHOGM184WW2-2" UNIQUE (name, client_realm_constraint);


--
-- Name: client_auth_flow_bindings c_cli_flow_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_auth_flow_bindings
    ADD CONSTRAINT c_cli_flow_bind PRIMARY KEY (client_id, binding_name);


--
-- Name: client_scope_client c_cli_scope_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_client
    ADD CONSTRAINT c_cli_scope_bind PRIMARY KEY (client_id, scope_id);


--
-- Name: client_initial_access cnstr_client_init_acc_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_initial_access
    ADD CONSTRAINT cnstr_client_init_acc_pk PRIMARY KEY (id);


--
-- Name: realm_default_groups con_group_id_def_groups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT con_group_id_def_groups UNIQUE (group_id);


--
-- Name: broker_link constr_broker_link_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.broker_link
    ADD CONSTRAINT constr_broker_link_pk PRIMARY KEY (identity_provider, user_id);


--
-- Name: component_config constr_component_config_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component_config
    ADD CONSTRAINT constr_component_config_pk PRIMARY KEY (id);


--
-- Name: component constr_component_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component
    ADD CONSTRAINT constr_component_pk PRIMARY KEY (id);


--
-- Name: fed_user_required_action constr_fed_required_action; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_required_action
    ADD CONSTRAINT constr_fed_required_action PRIMARY KEY (required_action, user_id);


--
-- Name: fed_user_attribute constr_fed_user_attr_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_attribute
    ADD CONSTRAINT constr_fed_user_attr_pk PRIMARY KEY (id);


--
-- Name: fed_user_consent constr_fed_user_consent_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_consent
    ADD CONSTRAINT constr_fed_user_consent_pk PRIMARY KEY (id);


--
-- Name: fed_user_credential constr_fed_user_cred_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_credential
    ADD CONSTRAINT constr_fed_user_cred_pk PRIMARY KEY (id);


--
-- Name: fed_user_group_membership constr_fed_user_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_group_membership
    ADD CONSTRAINT constr_fed_user_group PRIMARY KEY (group_id, user_id);


--
-- Name: fed_user_role_mapping constr_fed_user_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_role_mapping
    ADD CONSTRAINT constr_fed_user_role PRIMARY KEY (role_id, user_id);


--
-- Name: federated_user constr_federated_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_user
    ADD CONSTRAINT constr_federated_user PRIMARY KEY (id);


--
-- Name: realm_default_groups constr_realm_default_groups; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT constr_realm_default_groups PRIMARY KEY (realm_id, group_id);


--
-- Name: realm_enabled_event_types constr_realm_enabl_event_types; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_enabled_event_types
    ADD CONSTRAINT constr_realm_enabl_event_types PRIMARY KEY (realm_id, value);


--
-- Name: realm_events_listeners constr_realm_events_listeners; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_events_listeners
    ADD CONSTRAINT constr_realm_events_listeners PRIMARY KEY (realm_id, value);


--
-- Name: realm_supported_locales constr_realm_supported_locales; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_supported_locales
    ADD CONSTRAINT constr_realm_supported_locales PRIMARY KEY (realm_id, value);


--
-- Name: identity_provider constraint_2b; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT constraint_2b PRIMARY KEY (internal_id);


--
-- Name: client_attributes constraint_3c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_attributes
    ADD CONSTRAINT constraint_3c PRIMARY KEY (client_id, name);


--
-- Name: event_entity constraint_4; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_entity
    ADD CONSTRAINT constraint_4 PRIMARY KEY (id);


--
-- Name: federated_identity constraint_40; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_identity
    ADD CONSTRAINT constraint_40 PRIMARY KEY (identity_provider, user_id);


--
-- Name: realm constraint_4a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT constraint_4a PRIMARY KEY (id);


--
-- Name: user_federation_provider constraint_5c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_provider
    ADD CONSTRAINT constraint_5c PRIMARY KEY (id);


--
-- Name: client constraint_7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT constraint_7 PRIMARY KEY (id);


--
-- Name: scope_mapping constraint_81; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_mapping
    ADD CONSTRAINT constraint_81 PRIMARY KEY (client_id, role_id);


--
-- Name: client_node_registrations constraint_84; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_node_registrations
    ADD CONSTRAINT constraint_84 PRIMARY KEY (client_id, name);


--
-- Name: realm_attribute constraint_9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_attribute
    ADD CONSTRAINT constraint_9 PRIMARY KEY (name, realm_id);


--
-- Name: realm_required_credential constraint_92; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_required_credential
    ADD CONSTRAINT constraint_92 PRIMARY KEY (realm_id, type);


--
-- Name: keycloak_role constraint_a; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT constraint_a PRIMARY KEY (id);


--
-- Name: admin_event_entity constraint_admin_event_entity; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.admin_event_entity
    ADD CONSTRAINT constraint_admin_event_entity PRIMARY KEY (id);


--
-- Name: authenticator_config_entry constraint_auth_cfg_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config_entry
    ADD CONSTRAINT constraint_auth_cfg_pk PRIMARY KEY (authenticator_id, name);


--
-- Name: authentication_execution constraint_auth_exec_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT constraint_auth_exec_pk PRIMARY KEY (id);


--
-- Name: authentication_flow constraint_auth_flow_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_flow
    ADD CONSTRAINT constraint_auth_flow_pk PRIMARY KEY (id);


--
-- Name: authenticator_config constraint_auth_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config
    ADD CONSTRAINT constraint_auth_pk PRIMARY KEY (id);


--
-- Name: user_role_mapping constraint_c; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role_mapping
    ADD CONSTRAINT constraint_c PRIMARY KEY (role_id, user_id);


--
-- Name: composite_role constraint_composite_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT constraint_composite_role PRIMARY KEY (composite, child_role);


--
-- Name: identity_provider_config constraint_d; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_config
    ADD CONSTRAINT constraint_d PRIMARY KEY (identity_provider_id, name);


--
-- Name: policy_config constraint_dpc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_config
    ADD CONSTRAINT constraint_dpc PRIMARY KEY (policy_id, name);


--
-- Name: realm_smtp_config constraint_e; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_smtp_config
    ADD CONSTRAINT constraint_e PRIMARY KEY (realm_id, name);


--
-- Name: credential constraint_f; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT constraint_f PRIMARY KEY (id);


--
-- Name: user_federation_config constraint_f9; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_config
    ADD CONSTRAINT constraint_f9 PRIMARY KEY (user_federation_provider_id, name);


--
-- Name: resource_server_perm_ticket constraint_fapmt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT constraint_fapmt PRIMARY KEY (id);


--
-- Name: resource_server_resource constraint_farsr; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT constraint_farsr PRIMARY KEY (id);


--
-- Name: resource_server_policy constraint_farsrp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT constraint_farsrp PRIMARY KEY (id);


--
-- Name: associated_policy constraint_farsrpap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT constraint_farsrpap PRIMARY KEY (policy_id, associated_policy_id);


--
-- Name: resource_policy constraint_farsrpp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT constraint_farsrpp PRIMARY KEY (resource_id, policy_id);


--
-- Name: resource_server_scope constraint_farsrs; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT constraint_farsrs PRIMARY KEY (id);


--
-- Name: resource_scope constraint_farsrsp; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT constraint_farsrsp PRIMARY KEY (resource_id, scope_id);


--
-- Name: scope_policy constraint_farsrsps; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT constraint_farsrsps PRIMARY KEY (scope_id, policy_id);


--
-- Name: user_entity constraint_fb; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT constraint_fb PRIMARY KEY (id);


--
-- Name: user_federation_mapper_config constraint_fedmapper_cfg_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper_config
    ADD CONSTRAINT constraint_fedmapper_cfg_pm PRIMARY KEY (user_federation_mapper_id, name);


--
-- Name: user_federation_mapper constraint_fedmapperpm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT constraint_fedmapperpm PRIMARY KEY (id);


--
-- Name: fed_user_consent_cl_scope constraint_fgrntcsnt_clsc_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_consent_cl_scope
    ADD CONSTRAINT constraint_fgrntcsnt_clsc_pm PRIMARY KEY (user_consent_id, scope_id, parameter);


--
-- Name: user_consent_client_scope constraint_grntcsnt_clsc_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent_client_scope
    ADD CONSTRAINT constraint_grntcsnt_clsc_pm PRIMARY KEY (user_consent_id, scope_id, parameter);


--
-- Name: user_consent constraint_grntcsnt_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT constraint_grntcsnt_pm PRIMARY KEY (id);


--
-- Name: keycloak_group constraint_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT constraint_group PRIMARY KEY (id);


--
-- Name: group_attribute constraint_group_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_attribute
    ADD CONSTRAINT constraint_group_attribute_pk PRIMARY KEY (id);


--
-- Name: group_role_mapping constraint_group_role; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_role_mapping
    ADD CONSTRAINT constraint_group_role PRIMARY KEY (role_id, group_id);


--
-- Name: identity_provider_mapper constraint_idpm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_mapper
    ADD CONSTRAINT constraint_idpm PRIMARY KEY (id);


--
-- Name: idp_mapper_config constraint_idpmconfig; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idp_mapper_config
    ADD CONSTRAINT constraint_idpmconfig PRIMARY KEY (idp_mapper_id, name);


--
-- Name: jgroups_ping constraint_jgroups_ping; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.jgroups_ping
    ADD CONSTRAINT constraint_jgroups_ping PRIMARY KEY (address);


--
-- Name: migration_model constraint_migmod; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT constraint_migmod PRIMARY KEY (id);


--
-- Name: offline_client_session constraint_offl_cl_ses_pk3; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offline_client_session
    ADD CONSTRAINT constraint_offl_cl_ses_pk3 PRIMARY KEY (user_session_id, client_id, client_storage_provider, external_client_id, offline_flag);


--
-- Name: offline_user_session constraint_offl_us_ses_pk2; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.offline_user_session
    ADD CONSTRAINT constraint_offl_us_ses_pk2 PRIMARY KEY (user_session_id, offline_flag);


--
-- Name: org_invitation constraint_org_invitation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT constraint_org_invitation PRIMARY KEY (id);


--
-- Name: protocol_mapper constraint_pcm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT constraint_pcm PRIMARY KEY (id);


--
-- Name: protocol_mapper_config constraint_pmconfig; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper_config
    ADD CONSTRAINT constraint_pmconfig PRIMARY KEY (protocol_mapper_id, name);


--
-- Name: redirect_uris constraint_redirect_uris; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redirect_uris
    ADD CONSTRAINT constraint_redirect_uris PRIMARY KEY (client_id, value);


--
-- Name: required_action_config constraint_req_act_cfg_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_config
    ADD CONSTRAINT constraint_req_act_cfg_pk PRIMARY KEY (required_action_id, name);


--
-- Name: required_action_provider constraint_req_act_prv_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_provider
    ADD CONSTRAINT constraint_req_act_prv_pk PRIMARY KEY (id);


--
-- Name: user_required_action constraint_required_action; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_required_action
    ADD CONSTRAINT constraint_required_action PRIMARY KEY (required_action, user_id);


--
-- Name: resource_uris constraint_resour_uris_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_uris
    ADD CONSTRAINT constraint_resour_uris_pk PRIMARY KEY (resource_id, value);


--
-- Name: role_attribute constraint_role_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_attribute
    ADD CONSTRAINT constraint_role_attribute_pk PRIMARY KEY (id);


--
-- Name: revoked_token constraint_rt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.revoked_token
    ADD CONSTRAINT constraint_rt PRIMARY KEY (id);


--
-- Name: user_attribute constraint_user_attribute_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_attribute
    ADD CONSTRAINT constraint_user_attribute_pk PRIMARY KEY (id);


--
-- Name: user_group_membership constraint_user_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_group_membership
    ADD CONSTRAINT constraint_user_group PRIMARY KEY (group_id, user_id);


--
-- Name: user_ver_credential constraint_vcred_pm; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT constraint_vcred_pm PRIMARY KEY (id);


--
-- Name: web_origins constraint_web_origins; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.web_origins
    ADD CONSTRAINT constraint_web_origins PRIMARY KEY (client_id, value);


--
-- Name: databasechangeloglock databasechangeloglock_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.databasechangeloglock
    ADD CONSTRAINT databasechangeloglock_pkey PRIMARY KEY (id);


--
-- Name: auth_session pk_auth_session; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT pk_auth_session PRIMARY KEY (root_auth_session_id, tab_id);


--
-- Name: client_scope_attributes pk_cl_tmpl_attr; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_attributes
    ADD CONSTRAINT pk_cl_tmpl_attr PRIMARY KEY (scope_id, name);


--
-- Name: client_scope pk_cli_template; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope
    ADD CONSTRAINT pk_cli_template PRIMARY KEY (id);


--
-- Name: cluster_event pk_cluster_event; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cluster_event
    ADD CONSTRAINT pk_cluster_event PRIMARY KEY (id, target_cluster);


--
-- Name: fed_issued_ver_credential pk_fed_issued_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_issued_ver_credential
    ADD CONSTRAINT pk_fed_issued_ver_credential PRIMARY KEY (id);


--
-- Name: fed_user_ver_credential pk_fed_user_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_ver_credential
    ADD CONSTRAINT pk_fed_user_ver_credential PRIMARY KEY (id);


--
-- Name: issued_ver_credential pk_issued_ver_credential; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT pk_issued_ver_credential PRIMARY KEY (id);


--
-- Name: login_failure pk_login_failure; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_failure
    ADD CONSTRAINT pk_login_failure PRIMARY KEY (realm_id, user_id);


--
-- Name: outbox_entry pk_outbox_entry; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_entry
    ADD CONSTRAINT pk_outbox_entry PRIMARY KEY (id);


--
-- Name: resource_server pk_resource_server; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server
    ADD CONSTRAINT pk_resource_server PRIMARY KEY (id);


--
-- Name: root_auth_session pk_root_auth_session; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.root_auth_session
    ADD CONSTRAINT pk_root_auth_session PRIMARY KEY (id);


--
-- Name: sa_login_history pk_sa_login_history; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_login_history
    ADD CONSTRAINT pk_sa_login_history PRIMARY KEY (id);


--
-- Name: sa_login_history_tally pk_sa_login_history_tally; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_login_history_tally
    ADD CONSTRAINT pk_sa_login_history_tally PRIMARY KEY (id);


--
-- Name: sa_proofing pk_sa_proofing; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_proofing
    ADD CONSTRAINT pk_sa_proofing PRIMARY KEY (id);


--
-- Name: sa_proofing_funnel pk_sa_proofing_funnel; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_proofing_funnel
    ADD CONSTRAINT pk_sa_proofing_funnel PRIMARY KEY (realm_id, stage);


--
-- Name: sa_recovery_cancel_link pk_sa_recovery_cancel_link; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_recovery_cancel_link
    ADD CONSTRAINT pk_sa_recovery_cancel_link PRIMARY KEY (token_hash);


--
-- Name: sa_recovery_request pk_sa_recovery_request; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_recovery_request
    ADD CONSTRAINT pk_sa_recovery_request PRIMARY KEY (id);


--
-- Name: sa_reference_account pk_sa_reference_account; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_account
    ADD CONSTRAINT pk_sa_reference_account PRIMARY KEY (id);


--
-- Name: sa_reference_person pk_sa_reference_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_person
    ADD CONSTRAINT pk_sa_reference_person PRIMARY KEY (id);


--
-- Name: sa_reference_phone pk_sa_reference_phone; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_phone
    ADD CONSTRAINT pk_sa_reference_phone PRIMARY KEY (id);


--
-- Name: sa_security_counter pk_sa_security_counter; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_security_counter
    ADD CONSTRAINT pk_sa_security_counter PRIMARY KEY (id);


--
-- Name: single_use_object pk_single_use_object; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.single_use_object
    ADD CONSTRAINT pk_single_use_object PRIMARY KEY (id);


--
-- Name: client_scope_role_mapping pk_template_scope; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_role_mapping
    ADD CONSTRAINT pk_template_scope PRIMARY KEY (scope_id, role_id);


--
-- Name: workflow_state pk_workflow_state; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workflow_state
    ADD CONSTRAINT pk_workflow_state PRIMARY KEY (execution_id);


--
-- Name: default_client_scope r_def_cli_scope_bind; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.default_client_scope
    ADD CONSTRAINT r_def_cli_scope_bind PRIMARY KEY (realm_id, scope_id);


--
-- Name: realm_localizations realm_localizations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_localizations
    ADD CONSTRAINT realm_localizations_pkey PRIMARY KEY (realm_id, locale);


--
-- Name: resource_attribute res_attr_pk; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_attribute
    ADD CONSTRAINT res_attr_pk PRIMARY KEY (id);


--
-- Name: keycloak_group sibling_names; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT sibling_names UNIQUE (realm_id, parent_group, name);


--
-- Name: outbox_entry uc_outbox_kind_owner_correlation; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox_entry
    ADD CONSTRAINT uc_outbox_kind_owner_correlation UNIQUE (entry_kind, owner_id, correlation_id);


--
-- Name: identity_provider uk_2daelwnibji49avxsrtuf6xj33; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT uk_2daelwnibji49avxsrtuf6xj33 UNIQUE (provider_alias, realm_id);


--
-- Name: client uk_b71cjlbenv945rb6gcon438at; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client
    ADD CONSTRAINT uk_b71cjlbenv945rb6gcon438at UNIQUE (realm_id, client_id);


--
-- Name: client_scope uk_cli_scope; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope
    ADD CONSTRAINT uk_cli_scope UNIQUE (realm_id, name);


--
-- Name: user_entity uk_dykn684sl8up1crfei6eckhd7; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT uk_dykn684sl8up1crfei6eckhd7 UNIQUE (realm_id, email_constraint);


--
-- Name: user_consent uk_external_consent; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT uk_external_consent UNIQUE (client_storage_provider, external_client_id, user_id);


--
-- Name: fed_user_ver_credential uk_fed_user_vc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_user_ver_credential
    ADD CONSTRAINT uk_fed_user_vc UNIQUE (user_id, client_scope_id);


--
-- Name: resource_server_resource uk_frsr6t700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT uk_frsr6t700s9v50bu18ws5ha6 UNIQUE (name, owner, resource_server_id);


--
-- Name: resource_server_perm_ticket uk_frsr6t700s9v50bu18ws5pmt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT uk_frsr6t700s9v50bu18ws5pmt UNIQUE (owner, requester, resource_server_id, resource_id, scope_id);


--
-- Name: resource_server_policy uk_frsrpt700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT uk_frsrpt700s9v50bu18ws5ha6 UNIQUE (name, resource_server_id);


--
-- Name: resource_server_scope uk_frsrst700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT uk_frsrst700s9v50bu18ws5ha6 UNIQUE (name, resource_server_id);


--
-- Name: user_ver_credential uk_kkuwuvd67ontgsugogm8uewre; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT uk_kkuwuvd67ontgsugogm8uewre UNIQUE (user_id, client_scope_id);


--
-- Name: user_consent uk_local_consent; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT uk_local_consent UNIQUE (client_id, user_id);


--
-- Name: migration_model uk_migration_update_time; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT uk_migration_update_time UNIQUE (update_time);


--
-- Name: migration_model uk_migration_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.migration_model
    ADD CONSTRAINT uk_migration_version UNIQUE (version);


--
-- Name: org uk_org_alias; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_alias UNIQUE (realm_id, alias);


--
-- Name: org uk_org_group; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_group UNIQUE (group_id);


--
-- Name: org_invitation uk_org_invitation_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT uk_org_invitation_email UNIQUE (organization_id, email);


--
-- Name: org uk_org_name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org
    ADD CONSTRAINT uk_org_name UNIQUE (realm_id, name);


--
-- Name: realm uk_orvsdmla56612eaefiq6wl5oi; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm
    ADD CONSTRAINT uk_orvsdmla56612eaefiq6wl5oi UNIQUE (name);


--
-- Name: user_entity uk_ru8tt6t700s9v50bu18ws5ha6; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_entity
    ADD CONSTRAINT uk_ru8tt6t700s9v50bu18ws5ha6 UNIQUE (realm_id, username);


--
-- Name: sa_proofing uk_sa_proofing_person; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_proofing
    ADD CONSTRAINT uk_sa_proofing_person UNIQUE (realm_id, verified_person_ref);


--
-- Name: sa_proofing uk_sa_proofing_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_proofing
    ADD CONSTRAINT uk_sa_proofing_user UNIQUE (realm_id, user_id);


--
-- Name: sa_recovery_request uk_sa_recovery_live; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_recovery_request
    ADD CONSTRAINT uk_sa_recovery_live UNIQUE (realm_id, live_key);


--
-- Name: sa_reference_person uk_sa_ref_person_tax_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_person
    ADD CONSTRAINT uk_sa_ref_person_tax_id UNIQUE (realm_id, tax_id_hash);


--
-- Name: workflow_state uq_workflow_resource; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.workflow_state
    ADD CONSTRAINT uq_workflow_resource UNIQUE (workflow_id, resource_id);


--
-- Name: fed_user_attr_long_values; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fed_user_attr_long_values ON public.fed_user_attribute USING btree (long_value_hash, name);


--
-- Name: fed_user_attr_long_values_lower_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX fed_user_attr_long_values_lower_case ON public.fed_user_attribute USING btree (long_value_hash_lower_case, name);


--
-- Name: idx_admin_event_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_admin_event_time ON public.admin_event_entity USING btree (realm_id, admin_event_time);


--
-- Name: idx_assoc_pol_assoc_pol_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_assoc_pol_assoc_pol_id ON public.associated_policy USING btree (associated_policy_id);


--
-- Name: idx_auth_config_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_config_realm ON public.authenticator_config USING btree (realm_id);


--
-- Name: idx_auth_exec_flow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_exec_flow ON public.authentication_execution USING btree (flow_id);


--
-- Name: idx_auth_exec_realm_flow; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_exec_realm_flow ON public.authentication_execution USING btree (realm_id, flow_id);


--
-- Name: idx_auth_flow_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_auth_flow_realm ON public.authentication_flow USING btree (realm_id);


--
-- Name: idx_broker_link_identity_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_broker_link_identity_provider ON public.broker_link USING btree (realm_id, identity_provider, broker_user_id);


--
-- Name: idx_broker_link_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_broker_link_user_id ON public.broker_link USING btree (user_id);


--
-- Name: idx_cl_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_cl_clscope ON public.client_scope_client USING btree (scope_id);


--
-- Name: idx_client_att_by_name_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_att_by_name_value ON public.client_attributes USING btree (name, substr(value, 1, 255));


--
-- Name: idx_client_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_id ON public.client USING btree (client_id);


--
-- Name: idx_client_init_acc_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_client_init_acc_realm ON public.client_initial_access USING btree (realm_id);


--
-- Name: idx_clscope_attrs; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_attrs ON public.client_scope_attributes USING btree (scope_id);


--
-- Name: idx_clscope_cl; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_cl ON public.client_scope_client USING btree (client_id);


--
-- Name: idx_clscope_protmap; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_protmap ON public.protocol_mapper USING btree (client_scope_id);


--
-- Name: idx_clscope_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_clscope_role ON public.client_scope_role_mapping USING btree (scope_id);


--
-- Name: idx_cluster_event_target; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_cluster_event_target ON public.cluster_event USING btree (target_cluster, created_at);


--
-- Name: idx_compo_config_compo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_compo_config_compo ON public.component_config USING btree (component_id);


--
-- Name: idx_component_provider_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_component_provider_type ON public.component USING btree (provider_type);


--
-- Name: idx_component_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_component_realm ON public.component USING btree (realm_id);


--
-- Name: idx_composite; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_composite ON public.composite_role USING btree (composite);


--
-- Name: idx_composite_child; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_composite_child ON public.composite_role USING btree (child_role);


--
-- Name: idx_defcls_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_defcls_realm ON public.default_client_scope USING btree (realm_id);


--
-- Name: idx_defcls_scope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_defcls_scope ON public.default_client_scope USING btree (scope_id);


--
-- Name: idx_event_entity_user_id_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_entity_user_id_type ON public.event_entity USING btree (user_id, type, event_time);


--
-- Name: idx_event_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_event_time ON public.event_entity USING btree (realm_id, event_time);


--
-- Name: idx_fed_issued_vc_cred_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_cred_id ON public.fed_issued_ver_credential USING btree (ver_credential_id);


--
-- Name: idx_fed_issued_vc_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_expires ON public.fed_issued_ver_credential USING btree (expires_at);


--
-- Name: idx_fed_issued_vc_storage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_storage ON public.fed_issued_ver_credential USING btree (storage_provider_id);


--
-- Name: idx_fed_issued_vc_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_issued_vc_user ON public.fed_issued_ver_credential USING btree (user_id, realm_id, issued_at);


--
-- Name: idx_fed_user_vc_realm_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fed_user_vc_realm_user ON public.fed_user_ver_credential USING btree (realm_id, user_id);


--
-- Name: idx_fedidentity_feduser; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fedidentity_feduser ON public.federated_identity USING btree (federated_user_id);


--
-- Name: idx_fedidentity_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fedidentity_user ON public.federated_identity USING btree (user_id);


--
-- Name: idx_fu_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_attribute ON public.fed_user_attribute USING btree (user_id, realm_id, name);


--
-- Name: idx_fu_cnsnt_ext; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_cnsnt_ext ON public.fed_user_consent USING btree (user_id, client_storage_provider, external_client_id);


--
-- Name: idx_fu_consent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_consent ON public.fed_user_consent USING btree (user_id, client_id);


--
-- Name: idx_fu_consent_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_consent_ru ON public.fed_user_consent USING btree (realm_id, user_id);


--
-- Name: idx_fu_credential; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_credential ON public.fed_user_credential USING btree (user_id, type);


--
-- Name: idx_fu_credential_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_credential_ru ON public.fed_user_credential USING btree (realm_id, user_id);


--
-- Name: idx_fu_group_membership; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_group_membership ON public.fed_user_group_membership USING btree (user_id, group_id);


--
-- Name: idx_fu_group_membership_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_group_membership_ru ON public.fed_user_group_membership USING btree (realm_id, user_id);


--
-- Name: idx_fu_required_action; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_required_action ON public.fed_user_required_action USING btree (user_id, required_action);


--
-- Name: idx_fu_required_action_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_required_action_ru ON public.fed_user_required_action USING btree (realm_id, user_id);


--
-- Name: idx_fu_role_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_role_mapping ON public.fed_user_role_mapping USING btree (user_id, role_id);


--
-- Name: idx_fu_role_mapping_ru; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_fu_role_mapping_ru ON public.fed_user_role_mapping USING btree (realm_id, user_id);


--
-- Name: idx_group_att_by_name_value; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_att_by_name_value ON public.group_attribute USING btree (name, ((value)::character varying(250)));


--
-- Name: idx_group_attr_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_attr_group ON public.group_attribute USING btree (group_id);


--
-- Name: idx_group_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_org_id ON public.keycloak_group USING btree (org_id);


--
-- Name: idx_group_role_mapp_group; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_group_role_mapp_group ON public.group_role_mapping USING btree (group_id);


--
-- Name: idx_id_prov_mapp_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_id_prov_mapp_realm ON public.identity_provider_mapper USING btree (realm_id);


--
-- Name: idx_ident_prov_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ident_prov_realm ON public.identity_provider USING btree (realm_id);


--
-- Name: idx_idp_for_login; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_idp_for_login ON public.identity_provider USING btree (realm_id, enabled, link_only, hide_on_login, organization_id);


--
-- Name: idx_idp_realm_org; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_idp_realm_org ON public.identity_provider USING btree (realm_id, organization_id);


--
-- Name: idx_issued_ver_credential_expires_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_expires_at ON public.issued_ver_credential USING btree (expires_at);


--
-- Name: idx_issued_ver_credential_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_user ON public.issued_ver_credential USING btree (user_id, issued_at);


--
-- Name: idx_issued_ver_credential_vc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_issued_ver_credential_vc ON public.issued_ver_credential USING btree (ver_credential_id);


--
-- Name: idx_keycloak_role_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_keycloak_role_client ON public.keycloak_role USING btree (client);


--
-- Name: idx_keycloak_role_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_keycloak_role_realm ON public.keycloak_role USING btree (realm);


--
-- Name: idx_login_failure_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_login_failure_expire ON public.login_failure USING btree (last_failure);


--
-- Name: idx_offline_css_by_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client ON public.offline_client_session USING btree (client_id, offline_flag) WHERE ((client_id)::text <> 'external'::text);


--
-- Name: idx_offline_css_by_client_and_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client_and_realm ON public.offline_client_session USING btree (realm_id, offline_flag, client_id, client_storage_provider, external_client_id);


--
-- Name: idx_offline_css_by_client_storage_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_client_storage_provider ON public.offline_client_session USING btree (client_storage_provider, external_client_id, offline_flag) WHERE ((client_storage_provider)::text <> 'internal'::text);


--
-- Name: idx_offline_css_by_user_session_and_offline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_css_by_user_session_and_offline ON public.offline_client_session USING btree (offline_flag, user_session_id);


--
-- Name: idx_offline_uss_by_broker_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_uss_by_broker_session_id ON public.offline_user_session USING btree (broker_session_id, realm_id);


--
-- Name: idx_offline_uss_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_offline_uss_by_user ON public.offline_user_session USING btree (user_id, realm_id, offline_flag);


--
-- Name: idx_org_domain_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_domain_org_id ON public.org_domain USING btree (org_id);


--
-- Name: idx_org_invitation_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_email ON public.org_invitation USING btree (email);


--
-- Name: idx_org_invitation_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_expires ON public.org_invitation USING btree (expires_at);


--
-- Name: idx_org_invitation_org_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_org_invitation_org_id ON public.org_invitation USING btree (organization_id);


--
-- Name: idx_outbox_container; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_container ON public.outbox_entry USING btree (entry_kind, owner_id, container_id);


--
-- Name: idx_outbox_drain; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_drain ON public.outbox_entry USING btree (entry_kind, status, next_attempt_at);


--
-- Name: idx_outbox_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_owner ON public.outbox_entry USING btree (entry_kind, owner_id, status);


--
-- Name: idx_outbox_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_outbox_realm ON public.outbox_entry USING btree (entry_kind, realm_id, status);


--
-- Name: idx_perm_ticket_owner; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_perm_ticket_owner ON public.resource_server_perm_ticket USING btree (owner);


--
-- Name: idx_perm_ticket_requester; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_perm_ticket_requester ON public.resource_server_perm_ticket USING btree (requester);


--
-- Name: idx_protocol_mapper_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_protocol_mapper_client ON public.protocol_mapper USING btree (client_id);


--
-- Name: idx_realm_attr_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_attr_realm ON public.realm_attribute USING btree (realm_id);


--
-- Name: idx_realm_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_clscope ON public.client_scope USING btree (realm_id);


--
-- Name: idx_realm_def_grp_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_def_grp_realm ON public.realm_default_groups USING btree (realm_id);


--
-- Name: idx_realm_evt_list_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_evt_list_realm ON public.realm_events_listeners USING btree (realm_id);


--
-- Name: idx_realm_evt_types_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_evt_types_realm ON public.realm_enabled_event_types USING btree (realm_id);


--
-- Name: idx_realm_master_adm_cli; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_master_adm_cli ON public.realm USING btree (master_admin_client);


--
-- Name: idx_realm_supp_local_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_realm_supp_local_realm ON public.realm_supported_locales USING btree (realm_id);


--
-- Name: idx_redir_uri_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_redir_uri_client ON public.redirect_uris USING btree (client_id);


--
-- Name: idx_req_act_prov_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_req_act_prov_realm ON public.required_action_provider USING btree (realm_id);


--
-- Name: idx_res_policy_policy; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_policy_policy ON public.resource_policy USING btree (policy_id);


--
-- Name: idx_res_scope_scope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_scope_scope ON public.resource_scope USING btree (scope_id);


--
-- Name: idx_res_serv_pol_res_serv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_serv_pol_res_serv ON public.resource_server_policy USING btree (resource_server_id);


--
-- Name: idx_res_srv_res_res_srv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_srv_res_res_srv ON public.resource_server_resource USING btree (resource_server_id);


--
-- Name: idx_res_srv_scope_res_srv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_res_srv_scope_res_srv ON public.resource_server_scope USING btree (resource_server_id);


--
-- Name: idx_rev_token_on_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_rev_token_on_expire ON public.revoked_token USING btree (expire);


--
-- Name: idx_role_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_role_attribute ON public.role_attribute USING btree (role_id);


--
-- Name: idx_role_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_role_clscope ON public.client_scope_role_mapping USING btree (role_id);


--
-- Name: idx_root_auth_session_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_root_auth_session_realm ON public.root_auth_session USING btree (realm_id, "timestamp");


--
-- Name: idx_sa_counter_expires; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_counter_expires ON public.sa_security_counter USING btree (expires_at);


--
-- Name: idx_sa_history_tally_hour; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_history_tally_hour ON public.sa_login_history_tally USING btree (hour_start);


--
-- Name: idx_sa_history_tally_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_history_tally_user ON public.sa_login_history_tally USING btree (realm_id, user_id);


--
-- Name: idx_sa_history_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_history_time ON public.sa_login_history USING btree (event_time);


--
-- Name: idx_sa_history_user_device; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_history_user_device ON public.sa_login_history USING btree (realm_id, user_id, device_family, kind);


--
-- Name: idx_sa_history_user_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_history_user_time ON public.sa_login_history USING btree (realm_id, user_id, event_time);


--
-- Name: idx_sa_recovery_ends; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_recovery_ends ON public.sa_recovery_request USING btree (ends_at);


--
-- Name: idx_sa_recovery_link_request; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_recovery_link_request ON public.sa_recovery_cancel_link USING btree (request_id);


--
-- Name: idx_sa_recovery_ready; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_recovery_ready ON public.sa_recovery_request USING btree (status, ready_at);


--
-- Name: idx_sa_recovery_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_recovery_user ON public.sa_recovery_request USING btree (realm_id, user_id, status);


--
-- Name: idx_sa_ref_account_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_ref_account_person ON public.sa_reference_account USING btree (person_id, account_type);


--
-- Name: idx_sa_ref_person_batch; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_ref_person_batch ON public.sa_reference_person USING btree (realm_id, import_batch_id);


--
-- Name: idx_sa_ref_phone_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sa_ref_phone_person ON public.sa_reference_phone USING btree (person_id);


--
-- Name: idx_scope_mapping_role; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_scope_mapping_role ON public.scope_mapping USING btree (role_id);


--
-- Name: idx_scope_policy_policy; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_scope_policy_policy ON public.scope_policy USING btree (policy_id);


--
-- Name: idx_single_use_obj_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_single_use_obj_expire ON public.single_use_object USING btree (expire);


--
-- Name: idx_update_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_update_time ON public.migration_model USING btree (update_time);


--
-- Name: idx_usconsent_clscope; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usconsent_clscope ON public.user_consent_client_scope USING btree (user_consent_id);


--
-- Name: idx_usconsent_scope_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usconsent_scope_id ON public.user_consent_client_scope USING btree (scope_id);


--
-- Name: idx_user_attribute; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_attribute ON public.user_attribute USING btree (user_id);


--
-- Name: idx_user_attribute_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_attribute_name ON public.user_attribute USING btree (name, value);


--
-- Name: idx_user_consent; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_consent ON public.user_consent USING btree (user_id);


--
-- Name: idx_user_created_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_created_timestamp ON public.user_entity USING btree (realm_id, created_timestamp);


--
-- Name: idx_user_credential; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_credential ON public.credential USING btree (user_id);


--
-- Name: idx_user_email; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_email ON public.user_entity USING btree (email);


--
-- Name: idx_user_group_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_group_mapping ON public.user_group_membership USING btree (user_id);


--
-- Name: idx_user_reqactions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_reqactions ON public.user_required_action USING btree (user_id);


--
-- Name: idx_user_role_mapping; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_role_mapping ON public.user_role_mapping USING btree (user_id);


--
-- Name: idx_user_service_account; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_service_account ON public.user_entity USING btree (realm_id, service_account_client_link);


--
-- Name: idx_user_session_expiration_created; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_session_expiration_created ON public.offline_user_session USING btree (realm_id, offline_flag, remember_me, created_on, user_session_id, user_id);


--
-- Name: idx_user_session_expiration_last_refresh; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_user_session_expiration_last_refresh ON public.offline_user_session USING btree (realm_id, offline_flag, remember_me, last_session_refresh, user_session_id, user_id);


--
-- Name: idx_usr_fed_map_fed_prv; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_map_fed_prv ON public.user_federation_mapper USING btree (federation_provider_id);


--
-- Name: idx_usr_fed_map_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_map_realm ON public.user_federation_mapper USING btree (realm_id);


--
-- Name: idx_usr_fed_prv_realm; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usr_fed_prv_realm ON public.user_federation_provider USING btree (realm_id);


--
-- Name: idx_web_orig_client; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_web_orig_client ON public.web_origins USING btree (client_id);


--
-- Name: idx_workflow_state_provider; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_state_provider ON public.workflow_state USING btree (resource_id);


--
-- Name: idx_workflow_state_step; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_workflow_state_step ON public.workflow_state USING btree (workflow_id, scheduled_step_id);


--
-- Name: user_attr_long_values; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_attr_long_values ON public.user_attribute USING btree (long_value_hash, name);


--
-- Name: user_attr_long_values_lower_case; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_attr_long_values_lower_case ON public.user_attribute USING btree (long_value_hash_lower_case, name);


--
-- Name: identity_provider fk2b4ebc52ae5c3b34; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider
    ADD CONSTRAINT fk2b4ebc52ae5c3b34 FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: client_attributes fk3c47c64beacca966; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_attributes
    ADD CONSTRAINT fk3c47c64beacca966 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: federated_identity fk404288b92ef007a6; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.federated_identity
    ADD CONSTRAINT fk404288b92ef007a6 FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: client_node_registrations fk4129723ba992f594; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_node_registrations
    ADD CONSTRAINT fk4129723ba992f594 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: redirect_uris fk_1burs8pb4ouj97h5wuppahv9f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redirect_uris
    ADD CONSTRAINT fk_1burs8pb4ouj97h5wuppahv9f FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: user_federation_provider fk_1fj32f6ptolw2qy60cd8n01e8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_provider
    ADD CONSTRAINT fk_1fj32f6ptolw2qy60cd8n01e8 FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_required_credential fk_5hg65lybevavkqfki3kponh9v; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_required_credential
    ADD CONSTRAINT fk_5hg65lybevavkqfki3kponh9v FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: resource_attribute fk_5hrm2vlf9ql5fu022kqepovbr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_attribute
    ADD CONSTRAINT fk_5hrm2vlf9ql5fu022kqepovbr FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: user_attribute fk_5hrm2vlf9ql5fu043kqepovbr; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_attribute
    ADD CONSTRAINT fk_5hrm2vlf9ql5fu043kqepovbr FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: user_required_action fk_6qj3w1jw9cvafhe19bwsiuvmd; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_required_action
    ADD CONSTRAINT fk_6qj3w1jw9cvafhe19bwsiuvmd FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: keycloak_role fk_6vyqfe4cn4wlq8r6kt5vdsj5c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_role
    ADD CONSTRAINT fk_6vyqfe4cn4wlq8r6kt5vdsj5c FOREIGN KEY (realm) REFERENCES public.realm(id);


--
-- Name: realm_smtp_config fk_70ej8xdxgxd0b9hh6180irr0o; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_smtp_config
    ADD CONSTRAINT fk_70ej8xdxgxd0b9hh6180irr0o FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_attribute fk_8shxd6l3e9atqukacxgpffptw; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_attribute
    ADD CONSTRAINT fk_8shxd6l3e9atqukacxgpffptw FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: composite_role fk_a63wvekftu8jo1pnj81e7mce2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT fk_a63wvekftu8jo1pnj81e7mce2 FOREIGN KEY (composite) REFERENCES public.keycloak_role(id);


--
-- Name: authentication_execution fk_auth_exec_flow; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT fk_auth_exec_flow FOREIGN KEY (flow_id) REFERENCES public.authentication_flow(id);


--
-- Name: authentication_execution fk_auth_exec_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_execution
    ADD CONSTRAINT fk_auth_exec_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: authentication_flow fk_auth_flow_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authentication_flow
    ADD CONSTRAINT fk_auth_flow_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: authenticator_config fk_auth_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.authenticator_config
    ADD CONSTRAINT fk_auth_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: auth_session fk_auth_session_root; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.auth_session
    ADD CONSTRAINT fk_auth_session_root FOREIGN KEY (root_auth_session_id) REFERENCES public.root_auth_session(id) ON DELETE CASCADE;


--
-- Name: user_role_mapping fk_c4fqv34p1mbylloxang7b1q3l; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_role_mapping
    ADD CONSTRAINT fk_c4fqv34p1mbylloxang7b1q3l FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: client_scope_attributes fk_cl_scope_attr_scope; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_attributes
    ADD CONSTRAINT fk_cl_scope_attr_scope FOREIGN KEY (scope_id) REFERENCES public.client_scope(id);


--
-- Name: client_scope_role_mapping fk_cl_scope_rm_scope; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_scope_role_mapping
    ADD CONSTRAINT fk_cl_scope_rm_scope FOREIGN KEY (scope_id) REFERENCES public.client_scope(id);


--
-- Name: protocol_mapper fk_cli_scope_mapper; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT fk_cli_scope_mapper FOREIGN KEY (client_scope_id) REFERENCES public.client_scope(id);


--
-- Name: client_initial_access fk_client_init_acc_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.client_initial_access
    ADD CONSTRAINT fk_client_init_acc_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: component_config fk_component_config; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component_config
    ADD CONSTRAINT fk_component_config FOREIGN KEY (component_id) REFERENCES public.component(id);


--
-- Name: component fk_component_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.component
    ADD CONSTRAINT fk_component_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_default_groups fk_def_groups_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_default_groups
    ADD CONSTRAINT fk_def_groups_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: fed_issued_ver_credential fk_fed_issued_vc_ver_cred; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.fed_issued_ver_credential
    ADD CONSTRAINT fk_fed_issued_vc_ver_cred FOREIGN KEY (ver_credential_id) REFERENCES public.fed_user_ver_credential(id);


--
-- Name: user_federation_mapper_config fk_fedmapper_cfg; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper_config
    ADD CONSTRAINT fk_fedmapper_cfg FOREIGN KEY (user_federation_mapper_id) REFERENCES public.user_federation_mapper(id);


--
-- Name: user_federation_mapper fk_fedmapperpm_fedprv; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT fk_fedmapperpm_fedprv FOREIGN KEY (federation_provider_id) REFERENCES public.user_federation_provider(id);


--
-- Name: user_federation_mapper fk_fedmapperpm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_mapper
    ADD CONSTRAINT fk_fedmapperpm_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: associated_policy fk_frsr5s213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT fk_frsr5s213xcx4wnkog82ssrfy FOREIGN KEY (associated_policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: scope_policy fk_frsrasp13xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT fk_frsrasp13xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog82sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog82sspmt FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_server_resource fk_frsrho213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_resource
    ADD CONSTRAINT fk_frsrho213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog83sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog83sspmt FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_server_perm_ticket fk_frsrho213xcx4wnkog84sspmt; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrho213xcx4wnkog84sspmt FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: associated_policy fk_frsrpas14xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.associated_policy
    ADD CONSTRAINT fk_frsrpas14xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: scope_policy fk_frsrpass3xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_policy
    ADD CONSTRAINT fk_frsrpass3xcx4wnkog82ssrfy FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: resource_server_perm_ticket fk_frsrpo2128cx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_perm_ticket
    ADD CONSTRAINT fk_frsrpo2128cx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_server_policy fk_frsrpo213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_policy
    ADD CONSTRAINT fk_frsrpo213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: resource_scope fk_frsrpos13xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT fk_frsrpos13xcx4wnkog82ssrfy FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_policy fk_frsrpos53xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT fk_frsrpos53xcx4wnkog82ssrfy FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: resource_policy fk_frsrpp213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_policy
    ADD CONSTRAINT fk_frsrpp213xcx4wnkog82ssrfy FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: resource_scope fk_frsrps213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_scope
    ADD CONSTRAINT fk_frsrps213xcx4wnkog82ssrfy FOREIGN KEY (scope_id) REFERENCES public.resource_server_scope(id);


--
-- Name: resource_server_scope fk_frsrso213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_server_scope
    ADD CONSTRAINT fk_frsrso213xcx4wnkog82ssrfy FOREIGN KEY (resource_server_id) REFERENCES public.resource_server(id);


--
-- Name: composite_role fk_gr7thllb9lu8q4vqa4524jjy8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.composite_role
    ADD CONSTRAINT fk_gr7thllb9lu8q4vqa4524jjy8 FOREIGN KEY (child_role) REFERENCES public.keycloak_role(id);


--
-- Name: user_consent_client_scope fk_grntcsnt_clsc_usc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent_client_scope
    ADD CONSTRAINT fk_grntcsnt_clsc_usc FOREIGN KEY (user_consent_id) REFERENCES public.user_consent(id);


--
-- Name: user_consent fk_grntcsnt_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_consent
    ADD CONSTRAINT fk_grntcsnt_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: group_attribute fk_group_attribute_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_attribute
    ADD CONSTRAINT fk_group_attribute_group FOREIGN KEY (group_id) REFERENCES public.keycloak_group(id);


--
-- Name: keycloak_group fk_group_organization; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.keycloak_group
    ADD CONSTRAINT fk_group_organization FOREIGN KEY (org_id) REFERENCES public.org(id);


--
-- Name: group_role_mapping fk_group_role_group; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.group_role_mapping
    ADD CONSTRAINT fk_group_role_group FOREIGN KEY (group_id) REFERENCES public.keycloak_group(id);


--
-- Name: realm_enabled_event_types fk_h846o4h0w8epx5nwedrf5y69j; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_enabled_event_types
    ADD CONSTRAINT fk_h846o4h0w8epx5nwedrf5y69j FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: realm_events_listeners fk_h846o4h0w8epx5nxev9f5y69j; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_events_listeners
    ADD CONSTRAINT fk_h846o4h0w8epx5nxev9f5y69j FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: identity_provider_mapper fk_idpm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_mapper
    ADD CONSTRAINT fk_idpm_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: idp_mapper_config fk_idpmconfig; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idp_mapper_config
    ADD CONSTRAINT fk_idpmconfig FOREIGN KEY (idp_mapper_id) REFERENCES public.identity_provider_mapper(id);


--
-- Name: issued_ver_credential fk_issued_ver_credential_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT fk_issued_ver_credential_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: issued_ver_credential fk_issued_ver_credential_vc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.issued_ver_credential
    ADD CONSTRAINT fk_issued_ver_credential_vc FOREIGN KEY (ver_credential_id) REFERENCES public.user_ver_credential(id);


--
-- Name: web_origins fk_lojpho213xcx4wnkog82ssrfy; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.web_origins
    ADD CONSTRAINT fk_lojpho213xcx4wnkog82ssrfy FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: org_invitation fk_org_invitation_org; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.org_invitation
    ADD CONSTRAINT fk_org_invitation_org FOREIGN KEY (organization_id) REFERENCES public.org(id) ON DELETE CASCADE;


--
-- Name: scope_mapping fk_ouse064plmlr732lxjcn1q5f1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scope_mapping
    ADD CONSTRAINT fk_ouse064plmlr732lxjcn1q5f1 FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: protocol_mapper fk_pcm_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper
    ADD CONSTRAINT fk_pcm_realm FOREIGN KEY (client_id) REFERENCES public.client(id);


--
-- Name: credential fk_pfyr0glasqyl0dei3kl69r6v0; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.credential
    ADD CONSTRAINT fk_pfyr0glasqyl0dei3kl69r6v0 FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: protocol_mapper_config fk_pmconfig; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.protocol_mapper_config
    ADD CONSTRAINT fk_pmconfig FOREIGN KEY (protocol_mapper_id) REFERENCES public.protocol_mapper(id);


--
-- Name: default_client_scope fk_r_def_cli_scope_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.default_client_scope
    ADD CONSTRAINT fk_r_def_cli_scope_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: required_action_provider fk_req_act_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.required_action_provider
    ADD CONSTRAINT fk_req_act_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: resource_uris fk_resource_server_uris; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.resource_uris
    ADD CONSTRAINT fk_resource_server_uris FOREIGN KEY (resource_id) REFERENCES public.resource_server_resource(id);


--
-- Name: role_attribute fk_role_attribute_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.role_attribute
    ADD CONSTRAINT fk_role_attribute_id FOREIGN KEY (role_id) REFERENCES public.keycloak_role(id);


--
-- Name: sa_reference_account fk_sa_ref_account_person; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_account
    ADD CONSTRAINT fk_sa_ref_account_person FOREIGN KEY (person_id) REFERENCES public.sa_reference_person(id);


--
-- Name: sa_reference_phone fk_sa_ref_phone_person; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sa_reference_phone
    ADD CONSTRAINT fk_sa_ref_phone_person FOREIGN KEY (person_id) REFERENCES public.sa_reference_person(id);


--
-- Name: realm_supported_locales fk_supported_locales_realm; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.realm_supported_locales
    ADD CONSTRAINT fk_supported_locales_realm FOREIGN KEY (realm_id) REFERENCES public.realm(id);


--
-- Name: user_federation_config fk_t13hpu1j94r2ebpekr39x5eu5; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_federation_config
    ADD CONSTRAINT fk_t13hpu1j94r2ebpekr39x5eu5 FOREIGN KEY (user_federation_provider_id) REFERENCES public.user_federation_provider(id);


--
-- Name: user_group_membership fk_user_group_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_group_membership
    ADD CONSTRAINT fk_user_group_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: user_ver_credential fk_vcred_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_ver_credential
    ADD CONSTRAINT fk_vcred_user FOREIGN KEY (user_id) REFERENCES public.user_entity(id);


--
-- Name: policy_config fkdc34197cf864c4e43; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.policy_config
    ADD CONSTRAINT fkdc34197cf864c4e43 FOREIGN KEY (policy_id) REFERENCES public.resource_server_policy(id);


--
-- Name: identity_provider_config fkdc4897cf864c4e43; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.identity_provider_config
    ADD CONSTRAINT fkdc4897cf864c4e43 FOREIGN KEY (identity_provider_id) REFERENCES public.identity_provider(internal_id);


--
-- PostgreSQL database dump complete
--

\unrestrict QWU8Ka9KtwUp9tiaBckSFRYiufz8hmEmmitxz5mS3qiejy1ogEbGyV7bZNFmO9V

