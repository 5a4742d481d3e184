-- Removes what Secure Access for Keycloak keeps in Keycloak's database, after the JAR is gone (docs/operations.md,
-- "Uninstalling"). Same text for PostgreSQL and MariaDB: unquoted names match the lower-case tables on PostgreSQL and
-- the upper-case ones on MariaDB. Run it once, with Keycloak stopped. Tested by production/ProductionModeContract.

-- Our tables, those that others reference last.
DROP TABLE SA_REFERENCE_ACCOUNT;
DROP TABLE SA_REFERENCE_PHONE;
DROP TABLE SA_REFERENCE_PERSON;
DROP TABLE SA_RECOVERY_CANCEL_LINK;
DROP TABLE SA_RECOVERY_REQUEST;
DROP TABLE SA_PROOFING_FUNNEL;
DROP TABLE SA_PROOFING;
DROP TABLE SA_LOGIN_HISTORY_TALLY;
DROP TABLE SA_LOGIN_HISTORY;
DROP TABLE SA_SECURITY_COUNTER;

-- Keycloak records the changesets of an extension's tables in a change log table of the extension's own.
DROP TABLE DATABASECHANGELOG_SA_LOGIN_H;
DROP TABLE DATABASECHANGELOG_SA_PROOFIN;
DROP TABLE DATABASECHANGELOG_SA_RECOVER;
DROP TABLE DATABASECHANGELOG_SA_REFEREN;
DROP TABLE DATABASECHANGELOG_SA_SECURIT;

-- Phone credentials (the numbers people confirmed for texted codes); without the JAR nothing can read them.
DELETE FROM CREDENTIAL WHERE TYPE = 'secure-access-phone';

-- The keyed hash of each confirmed number, by which one number is kept to one account.
DELETE FROM USER_ATTRIBUTE WHERE NAME = 'secure-access.phone-lookup';
