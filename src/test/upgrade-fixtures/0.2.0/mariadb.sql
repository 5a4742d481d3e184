/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP TABLE IF EXISTS `ADMIN_EVENT_ENTITY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ADMIN_EVENT_ENTITY` (
  `ID` varchar(36) NOT NULL,
  `ADMIN_EVENT_TIME` bigint(20) DEFAULT NULL,
  `REALM_ID` varchar(255) DEFAULT NULL,
  `OPERATION_TYPE` varchar(255) DEFAULT NULL,
  `AUTH_REALM_ID` varchar(255) DEFAULT NULL,
  `AUTH_CLIENT_ID` varchar(255) DEFAULT NULL,
  `AUTH_USER_ID` varchar(255) DEFAULT NULL,
  `IP_ADDRESS` varchar(255) DEFAULT NULL,
  `RESOURCE_PATH` text DEFAULT NULL,
  `REPRESENTATION` text DEFAULT NULL,
  `ERROR` varchar(255) DEFAULT NULL,
  `RESOURCE_TYPE` varchar(64) DEFAULT NULL,
  `DETAILS_JSON` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_ADMIN_EVENT_TIME` (`REALM_ID`,`ADMIN_EVENT_TIME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ADMIN_EVENT_ENTITY` WRITE;
/*!40000 ALTER TABLE `ADMIN_EVENT_ENTITY` DISABLE KEYS */;
INSERT INTO `ADMIN_EVENT_ENTITY` VALUES
('1d2db6f2-8edc-42b6-9023-667febf2a13e',1796413615590,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','UPDATE','d522baac-5120-4b92-868e-a14af5c02a72','4b44a741-c112-40de-b8a7-022ccef61529','848f4800-9ed0-4342-b204-1055bcfa6d10','127.0.0.1','secure-access-proofing/users/447d6416-baae-42f3-9174-549a9a5b7d52/exception',NULL,NULL,'SECURE_ACCESS_PROOFING','{\"exception_method\":\"in-person\",\"proofing_method\":\"exception\"}'),
('5e430255-c50a-4918-ac48-cb8ef9f99f62',1796413615487,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','CREATE','d522baac-5120-4b92-868e-a14af5c02a72','4b44a741-c112-40de-b8a7-022ccef61529','848f4800-9ed0-4342-b204-1055bcfa6d10','127.0.0.1','users/447d6416-baae-42f3-9174-549a9a5b7d52',NULL,NULL,'USER',NULL),
('787e27e5-3da2-49ad-886c-f4689391f4e3',1796413615314,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','ACTION','d522baac-5120-4b92-868e-a14af5c02a72','4b44a741-c112-40de-b8a7-022ccef61529','848f4800-9ed0-4342-b204-1055bcfa6d10','127.0.0.1','secure-access-reference-records/import',NULL,NULL,'SECURE_ACCESS_REFERENCE_RECORDS','{\"mode\":\"merge\",\"removed\":\"0\",\"rejected\":\"0\",\"imported\":\"2\",\"complete\":\"true\",\"rows\":\"2\"}'),
('817508f8-1759-484b-bb89-f4ea9accede9',1796413615936,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','CREATE','d522baac-5120-4b92-868e-a14af5c02a72','4b44a741-c112-40de-b8a7-022ccef61529','848f4800-9ed0-4342-b204-1055bcfa6d10','127.0.0.1','users/728bab6a-54a9-48f6-8037-e81a1ae8f820',NULL,NULL,'USER',NULL),
('92155452-58e4-498d-8ea3-84c26b85a77c',1796413615544,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','UPDATE','d522baac-5120-4b92-868e-a14af5c02a72','4b44a741-c112-40de-b8a7-022ccef61529','848f4800-9ed0-4342-b204-1055bcfa6d10','127.0.0.1','secure-access-phones/users/447d6416-baae-42f3-9174-549a9a5b7d52',NULL,NULL,'USER',NULL);
/*!40000 ALTER TABLE `ADMIN_EVENT_ENTITY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ASSOCIATED_POLICY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ASSOCIATED_POLICY` (
  `POLICY_ID` varchar(36) NOT NULL,
  `ASSOCIATED_POLICY_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`POLICY_ID`,`ASSOCIATED_POLICY_ID`),
  KEY `IDX_ASSOC_POL_ASSOC_POL_ID` (`ASSOCIATED_POLICY_ID`),
  CONSTRAINT `FK_FRSR5S213XCX4WNKOG82SSRFY` FOREIGN KEY (`ASSOCIATED_POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`),
  CONSTRAINT `FK_FRSRPAS14XCX4WNKOG82SSRFY` FOREIGN KEY (`POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ASSOCIATED_POLICY` WRITE;
/*!40000 ALTER TABLE `ASSOCIATED_POLICY` DISABLE KEYS */;
/*!40000 ALTER TABLE `ASSOCIATED_POLICY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `AUTHENTICATION_EXECUTION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AUTHENTICATION_EXECUTION` (
  `ID` varchar(36) NOT NULL,
  `ALIAS` varchar(255) DEFAULT NULL,
  `AUTHENTICATOR` varchar(36) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `FLOW_ID` varchar(36) DEFAULT NULL,
  `REQUIREMENT` int(11) DEFAULT NULL,
  `PRIORITY` int(11) DEFAULT NULL,
  `AUTHENTICATOR_FLOW` tinyint(1) NOT NULL DEFAULT 0,
  `AUTH_FLOW_ID` varchar(36) DEFAULT NULL,
  `AUTH_CONFIG` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_AUTH_EXEC_REALM_FLOW` (`REALM_ID`,`FLOW_ID`),
  KEY `IDX_AUTH_EXEC_FLOW` (`FLOW_ID`),
  CONSTRAINT `FK_AUTH_EXEC_FLOW` FOREIGN KEY (`FLOW_ID`) REFERENCES `AUTHENTICATION_FLOW` (`ID`),
  CONSTRAINT `FK_AUTH_EXEC_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `AUTHENTICATION_EXECUTION` WRITE;
/*!40000 ALTER TABLE `AUTHENTICATION_EXECUTION` DISABLE KEYS */;
INSERT INTO `AUTHENTICATION_EXECUTION` VALUES
('008e0458-2327-44a9-ac20-034255589278',NULL,'http-basic-authenticator','8c3b9cdd-827b-4664-83e7-f35c5637fa52','899dcc47-0b24-46c9-aa77-ec726af8ce31',0,10,0,NULL,NULL),
('00ab1957-ff77-4ead-96fd-6d16d1945010',NULL,'registration-password-action','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7b4e9573-7aea-47d7-bc6c-f334f59d605f',0,50,0,NULL,NULL),
('01e9c7f2-8a69-40de-a84e-4352cb5ad2b2',NULL,'registration-password-action','8c3b9cdd-827b-4664-83e7-f35c5637fa52','00b4ab4d-c2bb-4a85-b243-676ebecd8ccc',0,50,0,NULL,NULL),
('02e6c4dc-3572-4e6f-83d5-3dd645f7a417',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','d03b1fad-3770-43ae-8861-d586ca51a5bc',0,20,1,'b1a8751b-7325-4eeb-ae83-6bfcc240dc31',NULL),
('04397969-20ce-4dbf-8136-59ff8b4b24ae',NULL,'secure-access-lost-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',2,60,0,NULL,'681cf80b-9819-4253-b00b-ee8b709b09c4'),
('051c6179-e33a-4f4a-a313-6c8e6dab3bb7',NULL,'registration-password-action','d522baac-5120-4b92-868e-a14af5c02a72','d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad',0,50,0,NULL,NULL),
('06338879-6156-4577-88be-0ab76dff2740',NULL,'direct-grant-validate-password','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7d794ed7-cab7-4dc2-85cd-86156869c7e1',0,20,0,NULL,NULL),
('0676030d-b462-438b-b077-e20889c6704b',NULL,'registration-page-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0f509547-199b-41f3-be47-905a2e2a09b8',0,10,1,'7b4e9573-7aea-47d7-bc6c-f334f59d605f',NULL),
('06d847e2-c1c1-4115-b0b2-e132824d4fcc',NULL,'reset-password','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1aacfa99-1ddc-4a58-9428-eb6122993141',0,30,0,NULL,NULL),
('07bd04c6-9e1b-4240-94d7-8526b18f1a49',NULL,'registration-recaptcha-action','8c3b9cdd-827b-4664-83e7-f35c5637fa52','00b4ab4d-c2bb-4a85-b243-676ebecd8ccc',3,60,0,NULL,NULL),
('0b2444d3-e4c0-4851-89cf-4660f47225ea',NULL,'webauthn-authenticator','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3dc139a0-6acb-401c-a87c-2845e2d191b1',3,40,0,NULL,NULL),
('0b8c6783-c959-41bd-90d7-cba513c71bed',NULL,'client-jwt','d522baac-5120-4b92-868e-a14af5c02a72','96f1a07a-86ee-492e-87fd-270048a0ff51',2,20,0,NULL,NULL),
('0f5c7297-dd2a-436c-bbcd-98e1f2404fff',NULL,'auth-spnego','8c3b9cdd-827b-4664-83e7-f35c5637fa52','e565cc3e-6264-44d6-8d0c-55018ed578d3',3,20,0,NULL,NULL),
('11a85cd9-fcb7-4f44-b589-4013a619273c',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','f6bca8dd-34ee-41e4-9f5f-9ed1b83e646a',1,20,1,'9564a647-da4d-4307-b6f4-1d6e7396053e',NULL),
('11f80435-90e9-4940-b5f9-0a4c2ec9d426',NULL,'conditional-credential','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3df9f24d-379e-402f-9611-d0c0c796f0b1',0,20,0,NULL,'5b900076-5cbd-48aa-91e8-5deeebfe4483'),
('16f53232-f4cb-4e50-8ce7-2f72e99f1704',NULL,'idp-review-profile','8c3b9cdd-827b-4664-83e7-f35c5637fa52','98ccfbd9-6350-413a-bc27-62c3b8b5e5bf',0,10,0,NULL,'812e726d-c666-4b14-b060-743fc212756a'),
('19808259-d238-44b9-afa4-8773955aa2f7',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','b5eabcc5-0662-40e0-807d-ee1b353e5a94',0,10,0,NULL,NULL),
('1a17f631-0083-4382-8118-e84aa57d5571',NULL,'identity-provider-redirector','d522baac-5120-4b92-868e-a14af5c02a72','9ccf4f94-8b5d-4906-9933-aea5be4d1fc1',2,25,0,NULL,NULL),
('1a5737d4-3e17-4807-bc1f-9c059dbbe7e1',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ffab73dd-6e62-4a5d-9c95-1179a155bcff',0,10,0,NULL,NULL),
('1bb367b5-5b9f-4c74-868a-d315ce4a3bdf',NULL,'secure-access-sms-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ef31fc6d-fe9b-4ca5-a3e3-2aa01ed4e73d',0,20,0,NULL,'916106dc-6118-426e-b69e-60286949ecbb'),
('1c0c9618-c130-4a78-9c72-c95009c0e617',NULL,'secure-access-security-key','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',2,40,0,NULL,'0ffead85-a398-4184-a4bc-0f252b571b86'),
('1d26c462-a560-4a8f-aad9-7b1681fd64a1',NULL,'reset-otp','d522baac-5120-4b92-868e-a14af5c02a72','5761ce16-e92f-42bc-aee5-6b0ca554ff25',0,20,0,NULL,NULL),
('1d60ba58-dfa8-42b8-b145-91576c448dd6',NULL,'secure-access-second-factor-passed','8c3b9cdd-827b-4664-83e7-f35c5637fa52','321e28b5-0c09-4914-a6d1-2032fed740f0',0,40,0,NULL,'ce6d6742-bf86-426b-aabe-ffdc69d980a6'),
('1e060c29-0671-4436-9b5c-bac2ec4ec785',NULL,'registration-terms-and-conditions','d522baac-5120-4b92-868e-a14af5c02a72','d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad',3,70,0,NULL,NULL),
('1e7f7c5a-5ae8-48fa-a12b-d19bef5ce211',NULL,'secure-access-security-information','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7a20cf63-85c6-4d47-a042-695d4298ffb4',0,20,0,NULL,NULL),
('1ef51449-9d6f-4b1f-9401-6b28eda3dea0',NULL,'secure-access-second-factor-passed','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ef31fc6d-fe9b-4ca5-a3e3-2aa01ed4e73d',0,30,0,NULL,'ce6d6742-bf86-426b-aabe-ffdc69d980a6'),
('1fc43ea3-9cb3-4c75-8968-0709d04c985c',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3df9f24d-379e-402f-9611-d0c0c796f0b1',0,10,0,NULL,NULL),
('1fe20fd1-b002-473c-8f34-d28b24721e3b',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','7d794ed7-cab7-4dc2-85cd-86156869c7e1',1,30,1,'aca520af-a094-4299-8470-d4fc996768ee',NULL),
('1ffda690-3d84-4fdb-b02e-0d1e3ed47996',NULL,'auth-recovery-authn-code-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3df9f24d-379e-402f-9611-d0c0c796f0b1',3,50,0,NULL,NULL),
('20a3d47a-ee52-4e56-81df-21a06700e3b5',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','5175cc3f-9675-4a78-90be-2939fe729b00',1,40,1,'e440c71c-24e5-4a3e-8562-57b6d845e850',NULL),
('2760de5b-8ebc-4af8-be06-fe492c385925',NULL,'secure-access-has-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','6fcb7729-7176-4abf-91e6-7a96b828523e',0,10,0,NULL,'acaee647-0cad-47ae-b6e9-ce2f95dd2c93'),
('27ca33eb-6419-4d2f-a460-f7cb818e77cc',NULL,'idp-username-password-form','d522baac-5120-4b92-868e-a14af5c02a72','e9fec1c3-6557-4fa1-b7f4-1f7ccdc959f1',0,10,0,NULL,NULL),
('283df0e7-2b55-4f5c-835d-c242e3cd84e8',NULL,'idp-confirm-link','d522baac-5120-4b92-868e-a14af5c02a72','7746b0e4-ee4a-4c47-b0f9-2c31dd79d225',0,10,0,NULL,NULL),
('29369c1f-56a1-44fe-b0d7-f9d59ab3cf76',NULL,'secure-access-has-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','e440c71c-24e5-4a3e-8562-57b6d845e850',0,10,0,NULL,'acaee647-0cad-47ae-b6e9-ce2f95dd2c93'),
('2942efe9-8881-441f-bd66-2ead3317e794',NULL,'registration-user-creation','d522baac-5120-4b92-868e-a14af5c02a72','d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad',0,20,0,NULL,NULL),
('2955cbd6-faa0-4f0f-be20-53e647c9547a',NULL,'reset-password','d522baac-5120-4b92-868e-a14af5c02a72','6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c',0,30,0,NULL,NULL),
('29da40c5-8c71-4816-87a5-d07791f89a4c',NULL,'registration-user-creation','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7b4e9573-7aea-47d7-bc6c-f334f59d605f',0,20,0,NULL,NULL),
('302ecdd4-b3bb-4297-a82f-5d43257b7dc8',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','ec056909-2805-4da3-9ae0-39277b0a0b1e',1,20,1,'9484b56d-ad53-4342-a7d1-0770acd6427a',NULL),
('30394229-6cc2-4493-8656-264fb4dfb5ff',NULL,'auth-recovery-authn-code-form','d522baac-5120-4b92-868e-a14af5c02a72','9484b56d-ad53-4342-a7d1-0770acd6427a',3,50,0,NULL,NULL),
('306ae7c0-c35f-4aee-91c2-f49d91587bf1',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','321e28b5-0c09-4914-a6d1-2032fed740f0',1,30,1,'f6bca8dd-34ee-41e4-9f5f-9ed1b83e646a',NULL),
('31e00f51-2773-45d1-baf7-14229b35d28d',NULL,'client-secret-jwt','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d950f8ae-0444-4e70-a154-49bfe863f2e1',2,30,0,NULL,NULL),
('32357b04-06d2-426e-8a7d-e22819c8a8db',NULL,'registration-user-creation','8c3b9cdd-827b-4664-83e7-f35c5637fa52','00b4ab4d-c2bb-4a85-b243-676ebecd8ccc',0,20,0,NULL,NULL),
('3317dd00-23c2-4aed-bd04-9716b31ba41f',NULL,'webauthn-authenticator','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3df9f24d-379e-402f-9611-d0c0c796f0b1',3,40,0,NULL,NULL),
('344c2b02-bb5e-4035-a8c9-db7be0649bb1',NULL,'secure-access-site-phrase-login','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9423610a-fb58-4ae3-afef-facefeec5910',0,20,0,NULL,'110494ba-82ef-4b9a-a13e-747d2b0198d3'),
('35017b1b-bd92-4a83-ae3b-b7f737108ab8',NULL,'idp-confirm-link','8c3b9cdd-827b-4664-83e7-f35c5637fa52','f3cba8e1-7bfb-4b73-9114-6ecc51ee3bdc',0,10,0,NULL,NULL),
('35bc6f57-3d70-4479-8765-192d60c6f87b',NULL,'secure-access-sms-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',2,30,0,NULL,'916106dc-6118-426e-b69e-60286949ecbb'),
('3892dd29-8cbc-4df0-b31b-cc91cad9788d',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','7a20cf63-85c6-4d47-a042-695d4298ffb4',1,10,1,'9423610a-fb58-4ae3-afef-facefeec5910',NULL),
('395efdba-773a-4f7f-9d58-c3bb978acc8d',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','4db2a3bd-cbb0-4e62-889e-1418ca8f438f',2,20,1,'ed914cb4-25f8-423d-b140-d3219d4a9cd8',NULL),
('3ae01c1c-023a-4f64-a551-c28f93195d4c',NULL,'secure-access-proofing-gate','8c3b9cdd-827b-4664-83e7-f35c5637fa52','a1a4b5df-d367-4d35-bca3-5fb8ed223419',0,20,0,NULL,'55779b28-1714-42f6-bb4d-c96250cc321b'),
('3dd6c213-252e-4656-9108-e18ed5be22df',NULL,'secure-access-proofing-gate','8c3b9cdd-827b-4664-83e7-f35c5637fa52','468d7c90-75e6-4ad1-8988-0bdfde36bd58',0,20,0,NULL,'d3432a8d-924c-4487-a069-9887aacbf083'),
('3df8a827-83d6-46b4-8e59-055bdad99eb1',NULL,'conditional-user-configured','d522baac-5120-4b92-868e-a14af5c02a72','50d5a026-08d9-42a6-91a9-07520149408b',0,10,0,NULL,NULL),
('3e8970ce-bccc-42a7-9708-488cc151e42e',NULL,'idp-add-organization-member','8c3b9cdd-827b-4664-83e7-f35c5637fa52','b5eabcc5-0662-40e0-807d-ee1b353e5a94',0,20,0,NULL,NULL),
('3f8f4de0-397b-45f9-9a23-9276309273ec',NULL,'secure-access-recovery-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',2,50,0,NULL,'4bb499af-e94e-4a6f-be98-f7515242d4c9'),
('428ca647-ca68-4d5e-a60a-c62a6cc2a5dd',NULL,'idp-review-profile','d522baac-5120-4b92-868e-a14af5c02a72','d03b1fad-3770-43ae-8861-d586ca51a5bc',0,10,0,NULL,'5f82fb3a-6871-4f96-9a8b-f8addc88c8d8'),
('46461838-4d60-452b-8cf4-4c1dc09f3f07',NULL,'idp-create-user-if-unique','8c3b9cdd-827b-4664-83e7-f35c5637fa52','c3648f1c-e338-4236-9def-93f3707a30a2',2,10,0,NULL,'652186f1-e92b-4217-8d2a-cbe2cceda15d'),
('46914ce9-d0b9-4809-b4f4-b1951c4f2c17',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','c745fbf8-847e-4bf9-a112-8dcf43064888',1,30,1,'50d5a026-08d9-42a6-91a9-07520149408b',NULL),
('4ba0e5fd-1132-40f3-9373-ed531ce7c51d',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','47260989-1db3-4711-bfc2-19049eb7ecd5',0,10,0,NULL,NULL),
('4c19b96c-d146-4228-b4ce-b2bd4e7cfb47',NULL,'conditional-level-of-authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','468d7c90-75e6-4ad1-8988-0bdfde36bd58',0,10,0,NULL,'60613db3-8310-45dc-bc3b-b20db8762daa'),
('4d956e1a-cc5a-4bbe-85aa-ec44f99ad368',NULL,'idp-create-user-if-unique','d522baac-5120-4b92-868e-a14af5c02a72','b1a8751b-7325-4eeb-ae83-6bfcc240dc31',2,10,0,NULL,'022d6547-8d68-4d36-bdfe-4894908f28b8'),
('4eff16bc-6f15-4746-98bf-e76191245013',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','658eb64d-c4c5-4bd9-b847-422f46fce1bf',1,20,1,'3df9f24d-379e-402f-9611-d0c0c796f0b1',NULL),
('555bbe97-5f5f-4008-adb9-2d0269498cae',NULL,'secure-access-app-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',2,20,0,NULL,'a47673d7-3f78-4e02-91e8-90d646eeb126'),
('56550c75-2b38-450b-bf35-b5164225027f',NULL,'conditional-user-configured','d522baac-5120-4b92-868e-a14af5c02a72','0ed4f20e-4e62-407f-8580-3751573c8b13',0,10,0,NULL,NULL),
('5844906f-f4e7-42b3-903c-e5fee893aec4',NULL,'idp-username-password-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ed914cb4-25f8-423d-b140-d3219d4a9cd8',0,10,0,NULL,NULL),
('5a29a984-3a46-4c75-be06-2c2790c920c5',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','5175cc3f-9675-4a78-90be-2939fe729b00',1,30,1,'020badff-98b9-46da-95af-78e0a8cfa1c2',NULL),
('5a8765c8-9309-4b08-b624-3c435daed39e',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','f9950843-b368-476f-a910-e56a0e8c65a2',1,10,1,'47260989-1db3-4711-bfc2-19049eb7ecd5',NULL),
('5ddfe82a-3c52-4052-963d-8cd8176e0875',NULL,'reset-credentials-choose-user','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1aacfa99-1ddc-4a58-9428-eb6122993141',0,10,0,NULL,NULL),
('60ed916a-a0ad-4e8a-a088-2eba8459f869',NULL,'client-secret','d522baac-5120-4b92-868e-a14af5c02a72','96f1a07a-86ee-492e-87fd-270048a0ff51',2,10,0,NULL,NULL),
('64c3ae64-c138-48ad-9743-e73d4e40a004',NULL,'conditional-user-configured','d522baac-5120-4b92-868e-a14af5c02a72','5761ce16-e92f-42bc-aee5-6b0ca554ff25',0,10,0,NULL,NULL),
('6672c2bf-1598-4bb8-a843-7755a04e0cf6',NULL,'webauthn-authenticator','d522baac-5120-4b92-868e-a14af5c02a72','9484b56d-ad53-4342-a7d1-0770acd6427a',3,40,0,NULL,NULL),
('670df8ba-35a4-4b6c-9477-4da0c64bfe73',NULL,'client-secret-jwt','d522baac-5120-4b92-868e-a14af5c02a72','96f1a07a-86ee-492e-87fd-270048a0ff51',2,30,0,NULL,NULL),
('68fd2fb6-6be6-406d-b871-d7a8821d97b6',NULL,'secure-access-has-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',0,10,0,NULL,'1815ea12-0531-4620-a7bd-fc46337c1ea7'),
('696becc1-930d-489e-8201-21ec9a3f58dd',NULL,'registration-terms-and-conditions','8c3b9cdd-827b-4664-83e7-f35c5637fa52','00b4ab4d-c2bb-4a85-b243-676ebecd8ccc',3,70,0,NULL,NULL),
('69d03022-b216-4e20-a379-0872554a2bd8',NULL,'reset-credential-email','d522baac-5120-4b92-868e-a14af5c02a72','6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c',0,20,0,NULL,NULL),
('6b588613-dd8f-4b80-97f6-7e7dcf57ba02',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','7746b0e4-ee4a-4c47-b0f9-2c31dd79d225',0,20,1,'deabb147-28bb-4e9b-904a-3b9eedb12f8b',NULL),
('6d865fe2-78b4-4084-8af5-031bc008bfc0',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','e565cc3e-6264-44d6-8d0c-55018ed578d3',2,30,1,'658eb64d-c4c5-4bd9-b847-422f46fce1bf',NULL),
('6deaf9a2-3b14-4f0a-b69b-3e1b5641662a',NULL,'secure-access-refuse-password-grant','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0f1ab77e-589e-404f-b931-2c19882b5a7d',0,10,0,NULL,NULL),
('6f911c68-2bf8-41ec-b084-8619422c0ceb',NULL,'webauthn-authenticator','d522baac-5120-4b92-868e-a14af5c02a72','0ed4f20e-4e62-407f-8580-3751573c8b13',3,40,0,NULL,NULL),
('701bc058-4b3b-448d-8ad7-14a3ec9a8ce9',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','e565cc3e-6264-44d6-8d0c-55018ed578d3',2,26,1,'f9950843-b368-476f-a910-e56a0e8c65a2',NULL),
('70a6fc5f-5cce-4b40-a3b7-e460850428c3',NULL,'secure-access-sms-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',2,30,0,NULL,'916106dc-6118-426e-b69e-60286949ecbb'),
('76a20651-c669-4efa-8a2c-45a5937a5cf3',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','a1a4b5df-d367-4d35-bca3-5fb8ed223419',0,10,1,'6c1412dd-cd4a-4341-acba-19c28cf723ed',NULL),
('77c67b4c-1046-4b79-b9de-f77554d57352',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','f3cba8e1-7bfb-4b73-9114-6ecc51ee3bdc',0,20,1,'4db2a3bd-cbb0-4e62-889e-1418ca8f438f',NULL),
('77f8fc4f-6c0c-43d7-9173-da502fd911c7',NULL,'auth-cookie','8c3b9cdd-827b-4664-83e7-f35c5637fa52','e565cc3e-6264-44d6-8d0c-55018ed578d3',2,10,0,NULL,NULL),
('7bdea353-e6d0-4f46-9201-f67655fb6b19',NULL,'identity-provider-redirector','8c3b9cdd-827b-4664-83e7-f35c5637fa52','e565cc3e-6264-44d6-8d0c-55018ed578d3',2,25,0,NULL,NULL),
('7be3f69b-9160-4d3d-ac2c-ce7707567f8b',NULL,'federated-jwt','d522baac-5120-4b92-868e-a14af5c02a72','96f1a07a-86ee-492e-87fd-270048a0ff51',2,50,0,NULL,NULL),
('7c979299-1df2-462b-b22e-8d80f3121b6c',NULL,'conditional-credential','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3dc139a0-6acb-401c-a87c-2845e2d191b1',0,20,0,NULL,'7cae0edb-dd47-4d14-979f-ccf815944544'),
('7cd5ccc7-f6b1-4bbe-8378-69a534949b1c',NULL,'secure-access-security-key','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',2,40,0,NULL,'0ffead85-a398-4184-a4bc-0f252b571b86'),
('7d783201-9a13-4a32-a642-197ae18c6863',NULL,'conditional-level-of-authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','f6bca8dd-34ee-41e4-9f5f-9ed1b83e646a',0,10,0,NULL,'086fd9be-70ce-48ee-a58a-8f08f4a3bf72'),
('7e26228f-39ed-4eed-9428-cc9127ff94f2',NULL,'conditional-user-configured','d522baac-5120-4b92-868e-a14af5c02a72','9484b56d-ad53-4342-a7d1-0770acd6427a',0,10,0,NULL,NULL),
('7ed02339-6c9f-46c4-8aed-3038f0c17ae4',NULL,'conditional-level-of-authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ef31fc6d-fe9b-4ca5-a3e3-2aa01ed4e73d',0,10,0,NULL,'086fd9be-70ce-48ee-a58a-8f08f4a3bf72'),
('7fe8abad-3027-40c9-b996-93e9c29b0b51',NULL,'reset-credentials-choose-user','d522baac-5120-4b92-868e-a14af5c02a72','6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c',0,10,0,NULL,NULL),
('817cef65-a8f5-48ca-a563-3ca0e2878159',NULL,'registration-recaptcha-action','d522baac-5120-4b92-868e-a14af5c02a72','d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad',3,60,0,NULL,NULL),
('83dffc1c-2d97-403d-88d8-d16b97858dd9',NULL,'auth-otp-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3dc139a0-6acb-401c-a87c-2845e2d191b1',2,30,0,NULL,NULL),
('84635a47-42c1-46cc-bbd0-5bce23c7cc28',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','c3648f1c-e338-4236-9def-93f3707a30a2',2,20,1,'f3cba8e1-7bfb-4b73-9114-6ecc51ee3bdc',NULL),
('859b8ff9-1dce-4f2c-8cf9-ebdd3a0225d6',NULL,'reset-credentials-choose-user','8c3b9cdd-827b-4664-83e7-f35c5637fa52','321e28b5-0c09-4914-a6d1-2032fed740f0',0,10,0,NULL,NULL),
('8618844f-6989-40b2-b2a6-7254664b9372',NULL,'auth-otp-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3df9f24d-379e-402f-9611-d0c0c796f0b1',2,30,0,NULL,NULL),
('86e2360c-40c8-429a-ba58-eadde440e544',NULL,'auth-username-password-form','d522baac-5120-4b92-868e-a14af5c02a72','ec056909-2805-4da3-9ae0-39277b0a0b1e',0,10,0,NULL,NULL),
('8a04014b-5e89-4531-b9ed-e64107b8e6c5',NULL,'client-secret','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d950f8ae-0444-4e70-a154-49bfe863f2e1',2,10,0,NULL,NULL),
('8ac1196d-0f5a-40fa-9e5e-22dccbcb8175',NULL,'registration-page-form','d522baac-5120-4b92-868e-a14af5c02a72','e55dc2ea-456f-4c0c-814b-57f7490ddbe1',0,10,1,'d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad',NULL),
('8c3b42b9-1754-4f20-bcf9-4c4e875b2569',NULL,'auth-otp-form','d522baac-5120-4b92-868e-a14af5c02a72','9484b56d-ad53-4342-a7d1-0770acd6427a',2,30,0,NULL,NULL),
('8eca7136-ac43-4250-bac9-da9f7410793e',NULL,'secure-access-recovery-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',2,50,0,NULL,'4bb499af-e94e-4a6f-be98-f7515242d4c9'),
('8fa0a1a6-58ee-427b-9051-621cf48d8f37',NULL,'client-x509','d522baac-5120-4b92-868e-a14af5c02a72','96f1a07a-86ee-492e-87fd-270048a0ff51',2,40,0,NULL,NULL),
('9186e4d9-98b0-4630-8166-f44bf19aeaa4',NULL,'client-jwt','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d950f8ae-0444-4e70-a154-49bfe863f2e1',2,20,0,NULL,NULL),
('91e63fb5-f106-4422-ada2-cc7cc6c9d8a7',NULL,'registration-recaptcha-action','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7b4e9573-7aea-47d7-bc6c-f334f59d605f',3,60,0,NULL,NULL),
('92e2cb81-b650-4675-9587-d36033dd00be',NULL,'secure-access-new-password','8c3b9cdd-827b-4664-83e7-f35c5637fa52','321e28b5-0c09-4914-a6d1-2032fed740f0',0,50,0,NULL,NULL),
('961511cf-b634-451c-af13-ac136ad6cd37',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','e9fec1c3-6557-4fa1-b7f4-1f7ccdc959f1',1,20,1,'0ed4f20e-4e62-407f-8580-3751573c8b13',NULL),
('97ec2338-a367-4af0-a0fc-230a049dfa06',NULL,'auth-recovery-authn-code-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3dc139a0-6acb-401c-a87c-2845e2d191b1',3,50,0,NULL,NULL),
('9ab1efaf-dcdc-49c4-aad6-48fdcf1f0328',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','7a20cf63-85c6-4d47-a042-695d4298ffb4',1,12,1,'468d7c90-75e6-4ad1-8988-0bdfde36bd58',NULL),
('9eb0f557-bebb-40d8-b18e-526be3a1540f',NULL,'registration-page-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d8d0136d-cd40-4e86-8b95-8d7434293609',0,10,1,'00b4ab4d-c2bb-4a85-b243-676ebecd8ccc',NULL),
('9fc8cacc-7904-4d85-bec6-b1b04603a024',NULL,'http-basic-authenticator','d522baac-5120-4b92-868e-a14af5c02a72','0f3ae1db-d421-4144-90ad-12cafeeef569',0,10,0,NULL,NULL),
('a1102fa1-5169-4575-8e24-8e02adb92f03',NULL,'docker-http-basic-authenticator','8c3b9cdd-827b-4664-83e7-f35c5637fa52','716c1b7a-639a-4501-93c7-a1bf5ee9cd97',0,10,0,NULL,NULL),
('a245770f-489f-4a36-b4c4-ce6fe768ec04',NULL,'secure-access-second-factor-passed','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9423610a-fb58-4ae3-afef-facefeec5910',0,40,0,NULL,'ce6d6742-bf86-426b-aabe-ffdc69d980a6'),
('a4824e9d-8604-4ced-9e0d-e97c76ff8020',NULL,'secure-access-phone-from-attribute','8c3b9cdd-827b-4664-83e7-f35c5637fa52','5175cc3f-9675-4a78-90be-2939fe729b00',0,20,0,NULL,'dc21517a-ebb7-49dd-ac5f-58af47fa8b3a'),
('a7099d10-dcfa-4b6f-b32e-34b65d8097c0',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c',1,40,1,'5761ce16-e92f-42bc-aee5-6b0ca554ff25',NULL),
('aa488bbc-7ab0-4434-9378-ba0b4dd09eba',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','9423610a-fb58-4ae3-afef-facefeec5910',0,30,1,'5175cc3f-9675-4a78-90be-2939fe729b00',NULL),
('ac6e3f85-7347-4525-b77c-799d55302f5e',NULL,'client-x509','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d950f8ae-0444-4e70-a154-49bfe863f2e1',2,40,0,NULL,NULL),
('ace90781-083f-4370-9b89-53e0ec89122c',NULL,'direct-grant-validate-otp','8c3b9cdd-827b-4664-83e7-f35c5637fa52','aca520af-a094-4299-8470-d4fc996768ee',0,20,0,NULL,NULL),
('afa73cb8-277d-4a0b-b1cd-e9b153fe0534',NULL,'auth-username-password-form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','658eb64d-c4c5-4bd9-b847-422f46fce1bf',0,10,0,NULL,NULL),
('b1f28b16-d7d8-41c6-bfb5-437985a6ce51',NULL,'secure-access-app-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',2,20,0,NULL,'a47673d7-3f78-4e02-91e8-90d646eeb126'),
('b22b1648-e340-4e38-adf7-a397f026f3be',NULL,'auth-otp-form','d522baac-5120-4b92-868e-a14af5c02a72','0ed4f20e-4e62-407f-8580-3751573c8b13',2,30,0,NULL,NULL),
('b674b914-894d-4998-b32c-77d7351c322d',NULL,'direct-grant-validate-username','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7d794ed7-cab7-4dc2-85cd-86156869c7e1',0,10,0,NULL,NULL),
('ba8f65de-1402-467f-8b01-c09f6446b96a',NULL,'conditional-credential','d522baac-5120-4b92-868e-a14af5c02a72','9484b56d-ad53-4342-a7d1-0770acd6427a',0,20,0,NULL,'2e844226-aabb-4548-92ff-98d3323877fa'),
('c141b0a5-f85e-4872-9a31-6cd3bbdbbed4',NULL,'auth-recovery-authn-code-form','d522baac-5120-4b92-868e-a14af5c02a72','0ed4f20e-4e62-407f-8580-3751573c8b13',3,50,0,NULL,NULL),
('c4419b06-b669-4b18-98eb-1d48ba8e1eea',NULL,'conditional-level-of-authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9423610a-fb58-4ae3-afef-facefeec5910',0,10,0,NULL,'086fd9be-70ce-48ee-a58a-8f08f4a3bf72'),
('c5a86b97-8dda-4125-92e8-b8e651de469f',NULL,'direct-grant-validate-username','d522baac-5120-4b92-868e-a14af5c02a72','c745fbf8-847e-4bf9-a112-8dcf43064888',0,10,0,NULL,NULL),
('c67606e8-b721-4353-8c6f-78d62c1aae4c',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','98ccfbd9-6350-413a-bc27-62c3b8b5e5bf',0,20,1,'c3648f1c-e338-4236-9def-93f3707a30a2',NULL),
('c6d84461-3e4c-4a91-b05e-c9a5305e7662',NULL,'secure-access-sms-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','e440c71c-24e5-4a3e-8562-57b6d845e850',0,20,0,NULL,'916106dc-6118-426e-b69e-60286949ecbb'),
('c76cc2c5-bc75-4786-b991-6106c3a2c301',NULL,'auth-spnego','d522baac-5120-4b92-868e-a14af5c02a72','9ccf4f94-8b5d-4906-9933-aea5be4d1fc1',3,20,0,NULL,NULL),
('c81d72c4-57cf-498e-b876-80e0ef2411ea',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','98ccfbd9-6350-413a-bc27-62c3b8b5e5bf',1,60,1,'b5eabcc5-0662-40e0-807d-ee1b353e5a94',NULL),
('ce8c24ca-b0f6-4610-8346-c37233281812',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','3dc139a0-6acb-401c-a87c-2845e2d191b1',0,10,0,NULL,NULL),
('ced53144-b23b-476a-994f-18d449da0057',NULL,'registration-terms-and-conditions','8c3b9cdd-827b-4664-83e7-f35c5637fa52','7b4e9573-7aea-47d7-bc6c-f334f59d605f',3,70,0,NULL,NULL),
('d07548bb-4e83-4394-a2f0-08696be8ce3d',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','1aacfa99-1ddc-4a58-9428-eb6122993141',1,40,1,'ffab73dd-6e62-4a5d-9c95-1179a155bcff',NULL),
('d11d6b23-7a99-4e99-9c7a-c13e8e9c7297',NULL,'federated-jwt','8c3b9cdd-827b-4664-83e7-f35c5637fa52','d950f8ae-0444-4e70-a154-49bfe863f2e1',2,50,0,NULL,NULL),
('d2432675-4dd9-4766-8cfa-70025d94636f',NULL,'reset-credential-email','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1aacfa99-1ddc-4a58-9428-eb6122993141',0,20,0,NULL,NULL),
('d6992b62-2b69-4b8d-b9d5-98f624e9d52b',NULL,'idp-email-verification','8c3b9cdd-827b-4664-83e7-f35c5637fa52','4db2a3bd-cbb0-4e62-889e-1418ca8f438f',2,10,0,NULL,NULL),
('d7dc6cfb-7060-4397-b97f-d19a2cb6243c',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','d8d0136d-cd40-4e86-8b95-8d7434293609',1,20,1,'ef31fc6d-fe9b-4ca5-a3e3-2aa01ed4e73d',NULL),
('d8f7aafc-ca6f-4108-8caa-8000e1c1c17c',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','ed914cb4-25f8-423d-b140-d3219d4a9cd8',1,20,1,'3dc139a0-6acb-401c-a87c-2845e2d191b1',NULL),
('d98fbcfc-fa73-45db-ae7b-9cd7b14f6129',NULL,'reset-otp','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ffab73dd-6e62-4a5d-9c95-1179a155bcff',0,20,0,NULL,NULL),
('da0de232-435e-4c03-921f-2cf335db61ff',NULL,'docker-http-basic-authenticator','d522baac-5120-4b92-868e-a14af5c02a72','72d26df1-a025-4efb-b97a-720c2bc8009a',0,10,0,NULL,NULL),
('dd61c372-4c2d-4add-96e6-cb480b282bcb',NULL,'conditional-credential','d522baac-5120-4b92-868e-a14af5c02a72','0ed4f20e-4e62-407f-8580-3751573c8b13',0,20,0,NULL,'d4a596b2-3e33-4971-bc71-39b19532940e'),
('ddb3406b-dd3a-4001-aeea-a32696cba344',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','6c1412dd-cd4a-4341-acba-19c28cf723ed',2,20,1,'7a20cf63-85c6-4d47-a042-695d4298ffb4',NULL),
('e2043022-3b5c-4e56-84f6-183c1f56f7ce',NULL,'secure-access-has-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','020badff-98b9-46da-95af-78e0a8cfa1c2',0,10,0,NULL,'1815ea12-0531-4620-a7bd-fc46337c1ea7'),
('e38ceb78-8a00-4e42-b660-df9f47c8c504',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','9ccf4f94-8b5d-4906-9933-aea5be4d1fc1',2,30,1,'ec056909-2805-4da3-9ae0-39277b0a0b1e',NULL),
('e58fb556-453c-4cd1-95e5-1c93b9eca5b4',NULL,'auth-cookie','8c3b9cdd-827b-4664-83e7-f35c5637fa52','6c1412dd-cd4a-4341-acba-19c28cf723ed',2,10,0,NULL,NULL),
('e7847726-1e75-4e69-926c-0d97b86e46a5',NULL,'idp-email-verification','d522baac-5120-4b92-868e-a14af5c02a72','deabb147-28bb-4e9b-904a-3b9eedb12f8b',2,10,0,NULL,NULL),
('eadb77a7-f544-4bac-9628-8877722c0395',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','b1a8751b-7325-4eeb-ae83-6bfcc240dc31',2,20,1,'7746b0e4-ee4a-4c47-b0f9-2c31dd79d225',NULL),
('ee213bac-84a7-4c7f-83e1-b4c29e071799',NULL,'secure-access-lost-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9564a647-da4d-4307-b6f4-1d6e7396053e',2,60,0,NULL,'681cf80b-9819-4253-b00b-ee8b709b09c4'),
('f0e252dc-38f3-4d5c-83b0-d8cca2a98411',NULL,'auth-cookie','d522baac-5120-4b92-868e-a14af5c02a72','9ccf4f94-8b5d-4906-9933-aea5be4d1fc1',2,10,0,NULL,NULL),
('f15fef6f-3a1d-4a2e-a4a0-29739f9ca9e8',NULL,'reset-credential-email','8c3b9cdd-827b-4664-83e7-f35c5637fa52','321e28b5-0c09-4914-a6d1-2032fed740f0',0,20,0,NULL,NULL),
('f44d5906-5317-4155-9036-481a6c4c369c',NULL,'direct-grant-validate-password','d522baac-5120-4b92-868e-a14af5c02a72','c745fbf8-847e-4bf9-a112-8dcf43064888',0,20,0,NULL,NULL),
('f52d1019-32f4-41a0-b5f6-e167bc6c71c8',NULL,'direct-grant-validate-otp','d522baac-5120-4b92-868e-a14af5c02a72','50d5a026-08d9-42a6-91a9-07520149408b',0,20,0,NULL,NULL),
('f6ddc407-db76-4dad-9942-835d25ec010f',NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','deabb147-28bb-4e9b-904a-3b9eedb12f8b',2,20,1,'e9fec1c3-6557-4fa1-b7f4-1f7ccdc959f1',NULL),
('f9aadb77-12d4-4d71-8ba2-b27ddc9049f5',NULL,'secure-access-sms-code','8c3b9cdd-827b-4664-83e7-f35c5637fa52','6fcb7729-7176-4abf-91e6-7a96b828523e',0,20,0,NULL,'916106dc-6118-426e-b69e-60286949ecbb'),
('f9e16b2f-e304-4bc2-959f-02a086d7be01',NULL,'organization','8c3b9cdd-827b-4664-83e7-f35c5637fa52','47260989-1db3-4711-bfc2-19049eb7ecd5',2,20,0,NULL,NULL),
('fcbf8fcc-92fe-44ed-a873-af9994b7fb0c',NULL,'conditional-user-configured','8c3b9cdd-827b-4664-83e7-f35c5637fa52','aca520af-a094-4299-8470-d4fc996768ee',0,10,0,NULL,NULL),
('fe352358-d447-4f8c-a394-cc0bfad1707b',NULL,NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','f6bca8dd-34ee-41e4-9f5f-9ed1b83e646a',1,30,1,'6fcb7729-7176-4abf-91e6-7a96b828523e',NULL);
/*!40000 ALTER TABLE `AUTHENTICATION_EXECUTION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `AUTHENTICATION_FLOW`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AUTHENTICATION_FLOW` (
  `ID` varchar(36) NOT NULL,
  `ALIAS` varchar(255) DEFAULT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `PROVIDER_ID` varchar(36) NOT NULL DEFAULT 'basic-flow',
  `TOP_LEVEL` tinyint(1) NOT NULL DEFAULT 0,
  `BUILT_IN` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `IDX_AUTH_FLOW_REALM` (`REALM_ID`),
  CONSTRAINT `FK_AUTH_FLOW_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `AUTHENTICATION_FLOW` WRITE;
/*!40000 ALTER TABLE `AUTHENTICATION_FLOW` DISABLE KEYS */;
INSERT INTO `AUTHENTICATION_FLOW` VALUES
('00b4ab4d-c2bb-4a85-b243-676ebecd8ccc','secure-access registration form','Keycloak\'s registration form: profile and password (checked by the realm\'s password policy).','8c3b9cdd-827b-4664-83e7-f35c5637fa52','form-flow',0,0),
('020badff-98b9-46da-95af-78e0a8cfa1c2','secure-access choose second factor','People with a second factor choose one; the last one used comes first.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('0ed4f20e-4e62-407f-8580-3751573c8b13','First broker login - Conditional 2FA','Flow to determine if any 2FA is required for the authentication','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('0f1ab77e-589e-404f-b931-2c19882b5a7d','secure-access direct grant','No scripted login: every password grant is refused, even for a client with direct access grants switched on.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,0),
('0f3ae1db-d421-4144-90ad-12cafeeef569','saml ecp','SAML ECP Profile Authentication Flow','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('0f509547-199b-41f3-be47-905a2e2a09b8','registration','Registration flow','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('1aacfa99-1ddc-4a58-9428-eb6122993141','reset credentials','Reset credentials for a user if they forgot their password or something','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('321e28b5-0c09-4914-a6d1-2032fed740f0','secure-access reset credentials','Forgot password: the emailed link, then one of the person\'s own second factors (or, for a person with none, a first phone proven by a code), then every session ends and a new password is asked for. Never removes or replaces a second factor.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,0),
('3dc139a0-6acb-401c-a87c-2845e2d191b1','First broker login - Conditional 2FA','Flow to determine if any 2FA is required for the authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('3df9f24d-379e-402f-9611-d0c0c796f0b1','Browser - Conditional 2FA','Flow to determine if any 2FA is required for the authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('468d7c90-75e6-4ad1-8988-0bdfde36bd58','secure-access verified identity','Level 3 (records match): a person whose identity was verified (identity, financial account and phone or mailed code matched to the records of record). Not NIST IAL2.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('47260989-1db3-4711-bfc2-19049eb7ecd5','Browser - Conditional Organization','Flow to determine if the organization identity-first login is to be used','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('4db2a3bd-cbb0-4e62-889e-1418ca8f438f','Account verification options','Method with which to verify the existing account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('50d5a026-08d9-42a6-91a9-07520149408b','Direct Grant - Conditional OTP','Flow to determine if the OTP is required for the authentication','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('5175cc3f-9675-4a78-90be-2939fe729b00','secure-access second factor','A security code (text or app), a security key or a recovery code; first-time setup for people without one.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('5761ce16-e92f-42bc-aee5-6b0ca554ff25','Reset - Conditional OTP','Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('658eb64d-c4c5-4bd9-b847-422f46fce1bf','forms','Username, password, otp and other auth forms.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('6c1412dd-cd4a-4341-acba-19c28cf723ed','secure-access session or sign-in','An existing session (cookie), or a full sign-in.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c','reset credentials','Reset credentials for a user if they forgot their password or something','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('6fcb7729-7176-4abf-91e6-7a96b828523e','secure-access reset first second factor','People without any second factor set up their first phone before a session exists, as at a first sign-in.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('716c1b7a-639a-4501-93c7-a1bf5ee9cd97','docker auth','Used by Docker clients to authenticate against the IDP','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('72d26df1-a025-4efb-b97a-720c2bc8009a','docker auth','Used by Docker clients to authenticate against the IDP','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('7746b0e4-ee4a-4c47-b0f9-2c31dd79d225','Handle Existing Account','Handle what to do if there is existing account with same email/username like authenticated identity provider','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('7a20cf63-85c6-4d47-a042-695d4298ffb4','secure-access sign-in','A full sign-in: password and a second factor (level 2, mfa); a verified identity when a client asks (level 3); then Online Security Information.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('7b4e9573-7aea-47d7-bc6c-f334f59d605f','registration form','Registration form','8c3b9cdd-827b-4664-83e7-f35c5637fa52','form-flow',0,1),
('7d794ed7-cab7-4dc2-85cd-86156869c7e1','direct grant','OpenID Connect Resource Owner Grant','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('899dcc47-0b24-46c9-aa77-ec726af8ce31','saml ecp','SAML ECP Profile Authentication Flow','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('9423610a-fb58-4ae3-afef-facefeec5910','secure-access password and second factor','Level 2 (mfa): username, then the site phrase and picture with the password, then a second factor, checked last. Level 1 (password) is never where a browser sign-in stops.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('9484b56d-ad53-4342-a7d1-0770acd6427a','Browser - Conditional 2FA','Flow to determine if any 2FA is required for the authentication','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('9564a647-da4d-4307-b6f4-1d6e7396053e','secure-access reset choose second factor','The person\'s own second factors, as at sign-in, and the way back when none can be used; nothing is set up or removed here.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('96f1a07a-86ee-492e-87fd-270048a0ff51','clients','Base authentication for clients','d522baac-5120-4b92-868e-a14af5c02a72','client-flow',1,1),
('98ccfbd9-6350-413a-bc27-62c3b8b5e5bf','first broker login','Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('9ccf4f94-8b5d-4906-9933-aea5be4d1fc1','browser','Browser based authentication','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('a1a4b5df-d367-4d35-bca3-5fb8ed223419','secure-access browser','Secure Access: an existing session or a full sign-in (password then a second factor), then identity proofing from the enforcement date, whichever way the person came in.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,0),
('aca520af-a094-4299-8470-d4fc996768ee','Direct Grant - Conditional OTP','Flow to determine if the OTP is required for the authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('b1a8751b-7325-4eeb-ae83-6bfcc240dc31','User creation or linking','Flow for the existing/non-existing user alternatives','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('b5eabcc5-0662-40e0-807d-ee1b353e5a94','First Broker Login - Conditional Organization','Flow to determine if the authenticator that adds organization members is to be used','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('c3648f1c-e338-4236-9def-93f3707a30a2','User creation or linking','Flow for the existing/non-existing user alternatives','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('c745fbf8-847e-4bf9-a112-8dcf43064888','direct grant','OpenID Connect Resource Owner Grant','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('d03b1fad-3770-43ae-8861-d586ca51a5bc','first broker login','Actions taken after first broker login with identity provider account, which is not yet linked to any Keycloak account','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('d8d0136d-cd40-4e86-8b95-8d7434293609','secure-access registration','Self-registration (off in the demo): the registration form, then the person\'s first phone (level 2, mfa), proven by a code before any session exists.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,0),
('d950f8ae-0444-4e70-a154-49bfe863f2e1','clients','Base authentication for clients','8c3b9cdd-827b-4664-83e7-f35c5637fa52','client-flow',1,1),
('d9ad2f16-2f43-4e19-82a2-5f6e39bad8ad','registration form','Registration form','d522baac-5120-4b92-868e-a14af5c02a72','form-flow',0,1),
('deabb147-28bb-4e9b-904a-3b9eedb12f8b','Account verification options','Method with which to verify the existing account','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('e440c71c-24e5-4a3e-8562-57b6d845e850','secure-access first second factor','People without a second factor set up their phone before they finish signing in.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('e55dc2ea-456f-4c0c-814b-57f7490ddbe1','registration','Registration flow','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',1,1),
('e565cc3e-6264-44d6-8d0c-55018ed578d3','browser','Browser based authentication','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',1,1),
('e9fec1c3-6557-4fa1-b7f4-1f7ccdc959f1','Verify Existing Account by Re-authentication','Reauthentication of existing account','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('ec056909-2805-4da3-9ae0-39277b0a0b1e','forms','Username, password, otp and other auth forms.','d522baac-5120-4b92-868e-a14af5c02a72','basic-flow',0,1),
('ed914cb4-25f8-423d-b140-d3219d4a9cd8','Verify Existing Account by Re-authentication','Reauthentication of existing account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('ef31fc6d-fe9b-4ca5-a3e3-2aa01ed4e73d','secure-access registration second factor','Level 2 (mfa) at registration: the new person\'s first phone, set up and proven by a texted code.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('f3cba8e1-7bfb-4b73-9114-6ecc51ee3bdc','Handle Existing Account','Handle what to do if there is existing account with same email/username like authenticated identity provider','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('f6bca8dd-34ee-41e4-9f5f-9ed1b83e646a','secure-access reset second factor','Level 2 (mfa) in a reset: one of the second factors the person already has; a person who has none sets up a first phone, proven by a code, before any session.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,0),
('f9950843-b368-476f-a910-e56a0e8c65a2','Organization',NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1),
('ffab73dd-6e62-4a5d-9c95-1179a155bcff','Reset - Conditional OTP','Flow to determine if the OTP should be reset or not. Set to REQUIRED to force.','8c3b9cdd-827b-4664-83e7-f35c5637fa52','basic-flow',0,1);
/*!40000 ALTER TABLE `AUTHENTICATION_FLOW` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `AUTHENTICATOR_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AUTHENTICATOR_CONFIG` (
  `ID` varchar(36) NOT NULL,
  `ALIAS` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_AUTH_CONFIG_REALM` (`REALM_ID`),
  CONSTRAINT `FK_AUTH_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `AUTHENTICATOR_CONFIG` WRITE;
/*!40000 ALTER TABLE `AUTHENTICATOR_CONFIG` DISABLE KEYS */;
INSERT INTO `AUTHENTICATOR_CONFIG` VALUES
('022d6547-8d68-4d36-bdfe-4894908f28b8','create unique user config','d522baac-5120-4b92-868e-a14af5c02a72'),
('086fd9be-70ce-48ee-a58a-8f08f4a3bf72','sa-loa-2-mfa','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('0ffead85-a398-4184-a4bc-0f252b571b86','sa-amr-hwk','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('110494ba-82ef-4b9a-a13e-747d2b0198d3','sa-amr-pwd','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('1815ea12-0531-4620-a7bd-fc46337c1ea7','sa-has-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('2e844226-aabb-4548-92ff-98d3323877fa','browser-conditional-credential','d522baac-5120-4b92-868e-a14af5c02a72'),
('4bb499af-e94e-4a6f-be98-f7515242d4c9','sa-amr-recovery','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('55779b28-1714-42f6-bb4d-c96250cc321b','sa-proofing-by-enforcement-date','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('5b900076-5cbd-48aa-91e8-5deeebfe4483','browser-conditional-credential','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('5f82fb3a-6871-4f96-9a8b-f8addc88c8d8','review profile config','d522baac-5120-4b92-868e-a14af5c02a72'),
('60613db3-8310-45dc-bc3b-b20db8762daa','sa-loa-3-identity','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('652186f1-e92b-4217-8d2a-cbe2cceda15d','create unique user config','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','sa-lost-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('7cae0edb-dd47-4d14-979f-ccf815944544','first-broker-login-conditional-credential','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('812e726d-c666-4b14-b060-743fc212756a','review profile config','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('916106dc-6118-426e-b69e-60286949ecbb','sa-amr-sms','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('a47673d7-3f78-4e02-91e8-90d646eeb126','sa-amr-otp','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('acaee647-0cad-47ae-b6e9-ce2f95dd2c93','sa-has-no-second-factor','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('ce6d6742-bf86-426b-aabe-ffdc69d980a6','sa-second-factor-passed','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('d3432a8d-924c-4487-a069-9887aacbf083','sa-proofing-always','8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('d4a596b2-3e33-4971-bc71-39b19532940e','first-broker-login-conditional-credential','d522baac-5120-4b92-868e-a14af5c02a72'),
('dc21517a-ebb7-49dd-ac5f-58af47fa8b3a','sa-phone-from-attribute','8c3b9cdd-827b-4664-83e7-f35c5637fa52');
/*!40000 ALTER TABLE `AUTHENTICATOR_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `AUTHENTICATOR_CONFIG_ENTRY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AUTHENTICATOR_CONFIG_ENTRY` (
  `AUTHENTICATOR_ID` varchar(36) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`AUTHENTICATOR_ID`,`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `AUTHENTICATOR_CONFIG_ENTRY` WRITE;
/*!40000 ALTER TABLE `AUTHENTICATOR_CONFIG_ENTRY` DISABLE KEYS */;
INSERT INTO `AUTHENTICATOR_CONFIG_ENTRY` VALUES
('022d6547-8d68-4d36-bdfe-4894908f28b8','false','require.password.update.after.registration'),
('086fd9be-70ce-48ee-a58a-8f08f4a3bf72','2','loa-condition-level'),
('086fd9be-70ce-48ee-a58a-8f08f4a3bf72','43200','loa-max-age'),
('0ffead85-a398-4184-a4bc-0f252b571b86','43200','default.reference.maxAge'),
('0ffead85-a398-4184-a4bc-0f252b571b86','hwk','default.reference.value'),
('110494ba-82ef-4b9a-a13e-747d2b0198d3','43200','default.reference.maxAge'),
('110494ba-82ef-4b9a-a13e-747d2b0198d3','pwd','default.reference.value'),
('1815ea12-0531-4620-a7bd-fc46337c1ea7','configured','expect'),
('2e844226-aabb-4548-92ff-98d3323877fa','webauthn-passwordless','credentials'),
('4bb499af-e94e-4a6f-be98-f7515242d4c9','43200','default.reference.maxAge'),
('4bb499af-e94e-4a6f-be98-f7515242d4c9','otp','default.reference.value'),
('55779b28-1714-42f6-bb4d-c96250cc321b','enforcement-date','mode'),
('5b900076-5cbd-48aa-91e8-5deeebfe4483','webauthn-passwordless','credentials'),
('5f82fb3a-6871-4f96-9a8b-f8addc88c8d8','missing','update.profile.on.first.login'),
('60613db3-8310-45dc-bc3b-b20db8762daa','3','loa-condition-level'),
('60613db3-8310-45dc-bc3b-b20db8762daa','43200','loa-max-age'),
('652186f1-e92b-4217-8d2a-cbe2cceda15d','false','require.password.update.after.registration'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','5','letterCodeEntriesPerTenMinutes'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','30','letterCodeValidityDays'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','24','timeToFinishHours'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','24','waitHours'),
('681cf80b-9819-4253-b00b-ee8b709b09c4','3','waitRequestsPerDay'),
('7cae0edb-dd47-4d14-979f-ccf815944544','webauthn-passwordless','credentials'),
('812e726d-c666-4b14-b060-743fc212756a','missing','update.profile.on.first.login'),
('916106dc-6118-426e-b69e-60286949ecbb','43200','default.reference.maxAge'),
('916106dc-6118-426e-b69e-60286949ecbb','sms','default.reference.value'),
('a47673d7-3f78-4e02-91e8-90d646eeb126','43200','default.reference.maxAge'),
('a47673d7-3f78-4e02-91e8-90d646eeb126','otp','default.reference.value'),
('acaee647-0cad-47ae-b6e9-ce2f95dd2c93','not-configured','expect'),
('ce6d6742-bf86-426b-aabe-ffdc69d980a6','true','allowEnrolment'),
('d3432a8d-924c-4487-a069-9887aacbf083','always','mode'),
('d4a596b2-3e33-4971-bc71-39b19532940e','webauthn-passwordless','credentials'),
('dc21517a-ebb7-49dd-ac5f-58af47fa8b3a','phoneNumber','attribute');
/*!40000 ALTER TABLE `AUTHENTICATOR_CONFIG_ENTRY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `AUTH_SESSION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `AUTH_SESSION` (
  `ROOT_AUTH_SESSION_ID` varchar(36) NOT NULL,
  `TAB_ID` varchar(36) NOT NULL,
  `CLIENT_UUID` varchar(255) DEFAULT NULL,
  `AUTH_USER_ID` varchar(255) DEFAULT NULL,
  `TIMESTAMP` bigint(20) DEFAULT NULL,
  `VERSION` int(11) DEFAULT NULL,
  `REDIRECT_URI` text DEFAULT NULL,
  `ACTION` varchar(255) DEFAULT NULL,
  `PROTOCOL` varchar(255) DEFAULT NULL,
  `CLIENT_SCOPES` text DEFAULT NULL,
  `EXECUTION_STATUS` text DEFAULT NULL,
  `CLIENT_NOTES` text DEFAULT NULL,
  `AUTH_NOTES` text DEFAULT NULL,
  `REQUIRED_ACTIONS` text DEFAULT NULL,
  `USER_SESSION_NOTES` text DEFAULT NULL,
  PRIMARY KEY (`ROOT_AUTH_SESSION_ID`,`TAB_ID`),
  CONSTRAINT `FK_AUTH_SESSION_ROOT` FOREIGN KEY (`ROOT_AUTH_SESSION_ID`) REFERENCES `ROOT_AUTH_SESSION` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `AUTH_SESSION` WRITE;
/*!40000 ALTER TABLE `AUTH_SESSION` DISABLE KEYS */;
/*!40000 ALTER TABLE `AUTH_SESSION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `BROKER_LINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `BROKER_LINK` (
  `IDENTITY_PROVIDER` varchar(255) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `BROKER_USER_ID` varchar(255) DEFAULT NULL,
  `BROKER_USERNAME` varchar(255) DEFAULT NULL,
  `TOKEN` text DEFAULT NULL,
  `USER_ID` varchar(255) NOT NULL,
  PRIMARY KEY (`IDENTITY_PROVIDER`,`USER_ID`),
  KEY `IDX_BROKER_LINK_USER_ID` (`USER_ID`),
  KEY `IDX_BROKER_LINK_IDENTITY_PROVIDER` (`REALM_ID`,`IDENTITY_PROVIDER`,`BROKER_USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `BROKER_LINK` WRITE;
/*!40000 ALTER TABLE `BROKER_LINK` DISABLE KEYS */;
/*!40000 ALTER TABLE `BROKER_LINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT` (
  `ID` varchar(36) NOT NULL,
  `ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `FULL_SCOPE_ALLOWED` tinyint(1) NOT NULL DEFAULT 0,
  `CLIENT_ID` varchar(255) DEFAULT NULL,
  `NOT_BEFORE` int(11) DEFAULT NULL,
  `PUBLIC_CLIENT` tinyint(1) NOT NULL DEFAULT 0,
  `SECRET` varchar(255) DEFAULT NULL,
  `BASE_URL` varchar(255) DEFAULT NULL,
  `BEARER_ONLY` tinyint(1) NOT NULL DEFAULT 0,
  `MANAGEMENT_URL` varchar(255) DEFAULT NULL,
  `SURROGATE_AUTH_REQUIRED` tinyint(1) NOT NULL DEFAULT 0,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `PROTOCOL` varchar(255) DEFAULT NULL,
  `NODE_REREG_TIMEOUT` int(11) DEFAULT 0,
  `FRONTCHANNEL_LOGOUT` tinyint(1) NOT NULL DEFAULT 0,
  `CONSENT_REQUIRED` tinyint(1) NOT NULL DEFAULT 0,
  `NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `SERVICE_ACCOUNTS_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `CLIENT_AUTHENTICATOR_TYPE` varchar(255) DEFAULT NULL,
  `ROOT_URL` varchar(255) DEFAULT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `REGISTRATION_TOKEN` varchar(255) DEFAULT NULL,
  `STANDARD_FLOW_ENABLED` tinyint(1) NOT NULL DEFAULT 1,
  `IMPLICIT_FLOW_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `DIRECT_ACCESS_GRANTS_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `ALWAYS_DISPLAY_IN_CONSOLE` tinyint(1) NOT NULL DEFAULT 0,
  `CREATED_TIMESTAMP` bigint(20) DEFAULT NULL,
  `LAST_MODIFIED_TIMESTAMP` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_B71CJLBENV945RB6GCON438AT` (`REALM_ID`,`CLIENT_ID`),
  KEY `IDX_CLIENT_ID` (`CLIENT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT` WRITE;
/*!40000 ALTER TABLE `CLIENT` DISABLE KEYS */;
INSERT INTO `CLIENT` VALUES
('369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,0,'realm-management',0,0,NULL,NULL,1,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',0,0,0,'${client_realm-management}',0,'client-secret',NULL,NULL,NULL,1,0,0,0,1796413611287,1796413611296),
('4b44a741-c112-40de-b8a7-022ccef61529',1,1,'admin-cli',0,1,NULL,NULL,0,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72','openid-connect',0,0,0,'${client_admin-cli}',0,'client-secret',NULL,NULL,NULL,0,0,1,0,1796413607934,1796413607941),
('4b87fe0b-9140-487c-a46a-28a692f7b995',1,0,'account-console',0,1,NULL,'/realms/master/account/',0,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72','openid-connect',0,0,0,'${client_account-console}',0,'client-secret','${authBaseUrl}',NULL,NULL,1,0,0,0,1796413607903,1796413607907),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a',1,0,'account-console',0,1,NULL,'/realms/secure-access/account/',0,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',0,0,0,'${client_account-console}',0,'client-secret','${authBaseUrl}',NULL,NULL,1,0,0,0,1796413611419,1796413611428),
('6b841935-aead-474b-b8f6-2739839ceae0',1,0,'account',0,1,NULL,'/realms/master/account/',0,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72','openid-connect',0,0,0,'${client_account}',0,'client-secret','${authBaseUrl}',NULL,NULL,1,0,0,0,1796413607870,1796413607884),
('802dc626-dd6f-4876-8ec4-b98b61f64dda',1,0,'account',0,1,NULL,'/realms/secure-access/account/',0,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',0,0,0,'${client_account}',0,'client-secret','${authBaseUrl}',NULL,NULL,1,0,0,0,1796413611381,1796413611393),
('96515917-a562-4d0b-a4f6-f534cb148e03',1,0,'broker',0,0,NULL,NULL,1,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72','openid-connect',0,0,0,'${client_broker}',0,'client-secret',NULL,NULL,NULL,1,0,0,0,1796413607912,1796413607920),
('9cc4e9ae-5992-4496-8384-abeeec745b85',1,0,'broker',0,0,NULL,NULL,1,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',0,0,0,'${client_broker}',0,'client-secret',NULL,NULL,NULL,1,0,0,0,1796413611459,1796413611469),
('a2ff048c-91c9-49d9-bc21-58103a051386',1,1,'admin-cli',0,1,NULL,NULL,0,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',-1,0,0,NULL,0,'client-secret',NULL,'Keycloak\'s command-line client, here without the password grant: no scripted logins.',NULL,0,0,0,0,1796413611682,1796413611810),
('a4c79078-6af2-490f-98f6-b2128743e381',1,1,'demo-app',0,1,NULL,NULL,0,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',-1,1,0,'Secure Access demo application',0,'client-secret',NULL,'A public OIDC client: authorization code with PKCE, no password grant.',NULL,1,0,0,0,1796413611781,1796413611822),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,0,'master-realm',0,0,NULL,NULL,1,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72',NULL,0,0,0,'master Realm',0,'client-secret',NULL,NULL,NULL,1,0,0,0,1796413607782,1796413607785),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6',1,1,'security-admin-console',0,1,NULL,'/admin/master/console/',0,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72','openid-connect',0,0,0,'${client_security-admin-console}',0,'client-secret','${authAdminUrl}',NULL,NULL,1,0,0,0,1796413607923,1796413607928),
('ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,0,'secure-access-realm',0,0,NULL,NULL,1,NULL,0,'d522baac-5120-4b92-868e-a14af5c02a72',NULL,0,0,0,'secure-access Realm',0,'client-secret',NULL,NULL,NULL,1,0,0,0,1796413611196,1796413611204),
('f988e782-04fa-4304-90e5-337bd614713c',1,1,'security-admin-console',0,1,NULL,'/admin/secure-access/console/',0,NULL,0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','openid-connect',0,0,0,'${client_security-admin-console}',0,'client-secret','${authAdminUrl}',NULL,NULL,1,0,0,0,1796413611471,1796413611483);
/*!40000 ALTER TABLE `CLIENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_ATTRIBUTES`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_ATTRIBUTES` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`CLIENT_ID`,`NAME`),
  KEY `IDX_CLIENT_ATT_BY_NAME_VALUE` (`NAME`,`VALUE`(255)),
  CONSTRAINT `FK3C47C64BEACCA966` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_ATTRIBUTES` WRITE;
/*!40000 ALTER TABLE `CLIENT_ATTRIBUTES` DISABLE KEYS */;
INSERT INTO `CLIENT_ATTRIBUTES` VALUES
('4b44a741-c112-40de-b8a7-022ccef61529','client.use.lightweight.access.token.enabled','true'),
('4b87fe0b-9140-487c-a46a-28a692f7b995','pkce.code.challenge.method','S256'),
('4b87fe0b-9140-487c-a46a-28a692f7b995','post.logout.redirect.uris','+'),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','pkce.code.challenge.method','S256'),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','post.logout.redirect.uris','+'),
('6b841935-aead-474b-b8f6-2739839ceae0','post.logout.redirect.uris','+'),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','post.logout.redirect.uris','+'),
('a2ff048c-91c9-49d9-bc21-58103a051386','post.logout.redirect.uris','+'),
('a4c79078-6af2-490f-98f6-b2128743e381','pkce.code.challenge.method','S256'),
('a4c79078-6af2-490f-98f6-b2128743e381','post.logout.redirect.uris','http://localhost:*##http://127.0.0.1:*'),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','client.use.lightweight.access.token.enabled','true'),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','pkce.code.challenge.method','S256'),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','post.logout.redirect.uris','+'),
('f988e782-04fa-4304-90e5-337bd614713c','client.use.lightweight.access.token.enabled','true'),
('f988e782-04fa-4304-90e5-337bd614713c','pkce.code.challenge.method','S256'),
('f988e782-04fa-4304-90e5-337bd614713c','post.logout.redirect.uris','+');
/*!40000 ALTER TABLE `CLIENT_ATTRIBUTES` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_AUTH_FLOW_BINDINGS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_AUTH_FLOW_BINDINGS` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `FLOW_ID` varchar(36) DEFAULT NULL,
  `BINDING_NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`CLIENT_ID`,`BINDING_NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_AUTH_FLOW_BINDINGS` WRITE;
/*!40000 ALTER TABLE `CLIENT_AUTH_FLOW_BINDINGS` DISABLE KEYS */;
/*!40000 ALTER TABLE `CLIENT_AUTH_FLOW_BINDINGS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_INITIAL_ACCESS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_INITIAL_ACCESS` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `TIMESTAMP` int(11) DEFAULT NULL,
  `EXPIRATION` int(11) DEFAULT NULL,
  `COUNT` int(11) DEFAULT NULL,
  `REMAINING_COUNT` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_CLIENT_INIT_ACC_REALM` (`REALM_ID`),
  CONSTRAINT `FK_CLIENT_INIT_ACC_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_INITIAL_ACCESS` WRITE;
/*!40000 ALTER TABLE `CLIENT_INITIAL_ACCESS` DISABLE KEYS */;
/*!40000 ALTER TABLE `CLIENT_INITIAL_ACCESS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_NODE_REGISTRATIONS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_NODE_REGISTRATIONS` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `VALUE` int(11) DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`CLIENT_ID`,`NAME`),
  CONSTRAINT `FK4129723BA992F594` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_NODE_REGISTRATIONS` WRITE;
/*!40000 ALTER TABLE `CLIENT_NODE_REGISTRATIONS` DISABLE KEYS */;
/*!40000 ALTER TABLE `CLIENT_NODE_REGISTRATIONS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_SCOPE` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `PROTOCOL` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_CLI_SCOPE` (`REALM_ID`,`NAME`),
  KEY `IDX_REALM_CLSCOPE` (`REALM_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_SCOPE` WRITE;
/*!40000 ALTER TABLE `CLIENT_SCOPE` DISABLE KEYS */;
INSERT INTO `CLIENT_SCOPE` VALUES
('0849dade-3a8f-45bd-a42f-ee66a2e4358c','phone','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect built-in scope: phone','openid-connect'),
('092d655f-ac23-4e1f-8f5c-1845b0e18f89','offline_access','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect built-in scope: offline_access','openid-connect'),
('09d849be-13d2-4e86-acb9-d96f47f5d84f','profile','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect built-in scope: profile','openid-connect'),
('198ad89b-434f-4a5c-ac55-d464e349c5c0','offline_access','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect built-in scope: offline_access','openid-connect'),
('1b3fd5bb-8378-45fe-8e0a-74395f0cc704','email','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect built-in scope: email','openid-connect'),
('24f7fa9b-a7c7-457e-a6a7-02b7354598ac','organization','d522baac-5120-4b92-868e-a14af5c02a72','Additional claims about the organization a subject belongs to','openid-connect'),
('3123638e-61d5-476c-a471-eb9f9c4ea957','microprofile-jwt','8c3b9cdd-827b-4664-83e7-f35c5637fa52','Microprofile - JWT built-in scope','openid-connect'),
('316169ff-d1fd-427e-859c-5a442b94f9f8','roles','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect scope for add user roles to the access token','openid-connect'),
('319a0e13-125a-4810-a85d-9944040e448b','basic','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect scope for add all basic claims to the token','openid-connect'),
('465298e3-5095-4236-a12d-4522850d2e47','acr','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect scope for add acr (authentication context class reference) to the token','openid-connect'),
('5a567a95-8397-436d-8eee-43eba27e40a8','saml_organization','8c3b9cdd-827b-4664-83e7-f35c5637fa52','Organization Membership','saml'),
('5e4d1885-61fc-42de-b75a-2ad64623cbdb','AuthnContextClassRef','d522baac-5120-4b92-868e-a14af5c02a72','AuthnContextClassRef Level of Authentiation','saml'),
('63d8ab4e-13b3-4ef2-8b7d-796152226624','address','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect built-in scope: address','openid-connect'),
('651d1af4-10fc-4cc9-9b3c-8e9d7ad263ec','AuthnContextClassRef','8c3b9cdd-827b-4664-83e7-f35c5637fa52','AuthnContextClassRef Level of Authentiation','saml'),
('653a7b55-670f-4f44-b8e1-d9a3573fa9ef','basic','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect scope for add all basic claims to the token','openid-connect'),
('73a784d5-2829-4f69-8030-4b3a3059f747','service_account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','Specific scope for a client enabled for service accounts','openid-connect'),
('7e498685-6eee-49da-9454-eb67b709bfcb','address','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect built-in scope: address','openid-connect'),
('81edc363-2543-44a4-aba8-ee8668ba5129','web-origins','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect scope for add allowed web origins to the access token','openid-connect'),
('896c5033-95e2-4f11-b7c0-6bf4557e7e10','acr','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect scope for add acr (authentication context class reference) to the token','openid-connect'),
('925f2f40-4d71-4cfc-9202-0d70d0c5d639','microprofile-jwt','d522baac-5120-4b92-868e-a14af5c02a72','Microprofile - JWT built-in scope','openid-connect'),
('998ac230-bcd5-4467-b05e-2b0be42c11e4','role_list','8c3b9cdd-827b-4664-83e7-f35c5637fa52','SAML role list','saml'),
('9c577a99-e116-4c66-ac21-c7ab951fff45','service_account','d522baac-5120-4b92-868e-a14af5c02a72','Specific scope for a client enabled for service accounts','openid-connect'),
('a8ddeafa-495f-4ab3-8203-f24840066bc2','roles','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect scope for add user roles to the access token','openid-connect'),
('a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e','organization','8c3b9cdd-827b-4664-83e7-f35c5637fa52','Additional claims about the organization a subject belongs to','openid-connect'),
('cf4949a0-1f53-4e08-9995-13f1c6592ced','web-origins','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect scope for add allowed web origins to the access token','openid-connect'),
('d4c60d4b-4326-4531-857f-aae4784c0385','role_list','d522baac-5120-4b92-868e-a14af5c02a72','SAML role list','saml'),
('d59fb9ef-1a2a-4685-b5f9-1710d64f6080','email','8c3b9cdd-827b-4664-83e7-f35c5637fa52','OpenID Connect built-in scope: email','openid-connect'),
('dca5d79a-aa64-4cfe-b98a-608ab339f979','profile','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect built-in scope: profile','openid-connect'),
('ef7a934d-17df-4e51-931f-cdcb4980272d','phone','d522baac-5120-4b92-868e-a14af5c02a72','OpenID Connect built-in scope: phone','openid-connect'),
('fc95f866-77dd-44c5-8950-d03c88bd14cc','saml_organization','d522baac-5120-4b92-868e-a14af5c02a72','Organization Membership','saml');
/*!40000 ALTER TABLE `CLIENT_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_SCOPE_ATTRIBUTES`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_SCOPE_ATTRIBUTES` (
  `SCOPE_ID` varchar(36) NOT NULL,
  `VALUE` text DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`SCOPE_ID`,`NAME`),
  KEY `IDX_CLSCOPE_ATTRS` (`SCOPE_ID`),
  CONSTRAINT `FK_CL_SCOPE_ATTR_SCOPE` FOREIGN KEY (`SCOPE_ID`) REFERENCES `CLIENT_SCOPE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_SCOPE_ATTRIBUTES` WRITE;
/*!40000 ALTER TABLE `CLIENT_SCOPE_ATTRIBUTES` DISABLE KEYS */;
INSERT INTO `CLIENT_SCOPE_ATTRIBUTES` VALUES
('0849dade-3a8f-45bd-a42f-ee66a2e4358c','${phoneScopeConsentText}','consent.screen.text'),
('0849dade-3a8f-45bd-a42f-ee66a2e4358c','true','display.on.consent.screen'),
('0849dade-3a8f-45bd-a42f-ee66a2e4358c','true','include.in.token.scope'),
('092d655f-ac23-4e1f-8f5c-1845b0e18f89','${offlineAccessScopeConsentText}','consent.screen.text'),
('092d655f-ac23-4e1f-8f5c-1845b0e18f89','true','display.on.consent.screen'),
('09d849be-13d2-4e86-acb9-d96f47f5d84f','${profileScopeConsentText}','consent.screen.text'),
('09d849be-13d2-4e86-acb9-d96f47f5d84f','true','display.on.consent.screen'),
('09d849be-13d2-4e86-acb9-d96f47f5d84f','true','include.in.token.scope'),
('198ad89b-434f-4a5c-ac55-d464e349c5c0','${offlineAccessScopeConsentText}','consent.screen.text'),
('198ad89b-434f-4a5c-ac55-d464e349c5c0','true','display.on.consent.screen'),
('1b3fd5bb-8378-45fe-8e0a-74395f0cc704','${emailScopeConsentText}','consent.screen.text'),
('1b3fd5bb-8378-45fe-8e0a-74395f0cc704','true','display.on.consent.screen'),
('1b3fd5bb-8378-45fe-8e0a-74395f0cc704','true','include.in.token.scope'),
('24f7fa9b-a7c7-457e-a6a7-02b7354598ac','${organizationScopeConsentText}','consent.screen.text'),
('24f7fa9b-a7c7-457e-a6a7-02b7354598ac','true','display.on.consent.screen'),
('24f7fa9b-a7c7-457e-a6a7-02b7354598ac','true','include.in.token.scope'),
('3123638e-61d5-476c-a471-eb9f9c4ea957','false','display.on.consent.screen'),
('3123638e-61d5-476c-a471-eb9f9c4ea957','true','include.in.token.scope'),
('316169ff-d1fd-427e-859c-5a442b94f9f8','${rolesScopeConsentText}','consent.screen.text'),
('316169ff-d1fd-427e-859c-5a442b94f9f8','true','display.on.consent.screen'),
('316169ff-d1fd-427e-859c-5a442b94f9f8','false','include.in.token.scope'),
('319a0e13-125a-4810-a85d-9944040e448b','false','display.on.consent.screen'),
('319a0e13-125a-4810-a85d-9944040e448b','false','include.in.token.scope'),
('465298e3-5095-4236-a12d-4522850d2e47','false','display.on.consent.screen'),
('465298e3-5095-4236-a12d-4522850d2e47','false','include.in.token.scope'),
('5a567a95-8397-436d-8eee-43eba27e40a8','false','display.on.consent.screen'),
('63d8ab4e-13b3-4ef2-8b7d-796152226624','${addressScopeConsentText}','consent.screen.text'),
('63d8ab4e-13b3-4ef2-8b7d-796152226624','true','display.on.consent.screen'),
('63d8ab4e-13b3-4ef2-8b7d-796152226624','true','include.in.token.scope'),
('653a7b55-670f-4f44-b8e1-d9a3573fa9ef','false','display.on.consent.screen'),
('653a7b55-670f-4f44-b8e1-d9a3573fa9ef','false','include.in.token.scope'),
('73a784d5-2829-4f69-8030-4b3a3059f747','false','display.on.consent.screen'),
('73a784d5-2829-4f69-8030-4b3a3059f747','false','include.in.token.scope'),
('7e498685-6eee-49da-9454-eb67b709bfcb','${addressScopeConsentText}','consent.screen.text'),
('7e498685-6eee-49da-9454-eb67b709bfcb','true','display.on.consent.screen'),
('7e498685-6eee-49da-9454-eb67b709bfcb','true','include.in.token.scope'),
('81edc363-2543-44a4-aba8-ee8668ba5129','','consent.screen.text'),
('81edc363-2543-44a4-aba8-ee8668ba5129','false','display.on.consent.screen'),
('81edc363-2543-44a4-aba8-ee8668ba5129','false','include.in.token.scope'),
('896c5033-95e2-4f11-b7c0-6bf4557e7e10','false','display.on.consent.screen'),
('896c5033-95e2-4f11-b7c0-6bf4557e7e10','false','include.in.token.scope'),
('925f2f40-4d71-4cfc-9202-0d70d0c5d639','false','display.on.consent.screen'),
('925f2f40-4d71-4cfc-9202-0d70d0c5d639','true','include.in.token.scope'),
('998ac230-bcd5-4467-b05e-2b0be42c11e4','${samlRoleListScopeConsentText}','consent.screen.text'),
('998ac230-bcd5-4467-b05e-2b0be42c11e4','true','display.on.consent.screen'),
('9c577a99-e116-4c66-ac21-c7ab951fff45','false','display.on.consent.screen'),
('9c577a99-e116-4c66-ac21-c7ab951fff45','false','include.in.token.scope'),
('a8ddeafa-495f-4ab3-8203-f24840066bc2','${rolesScopeConsentText}','consent.screen.text'),
('a8ddeafa-495f-4ab3-8203-f24840066bc2','true','display.on.consent.screen'),
('a8ddeafa-495f-4ab3-8203-f24840066bc2','false','include.in.token.scope'),
('a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e','${organizationScopeConsentText}','consent.screen.text'),
('a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e','true','display.on.consent.screen'),
('a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e','true','include.in.token.scope'),
('cf4949a0-1f53-4e08-9995-13f1c6592ced','','consent.screen.text'),
('cf4949a0-1f53-4e08-9995-13f1c6592ced','false','display.on.consent.screen'),
('cf4949a0-1f53-4e08-9995-13f1c6592ced','false','include.in.token.scope'),
('d4c60d4b-4326-4531-857f-aae4784c0385','${samlRoleListScopeConsentText}','consent.screen.text'),
('d4c60d4b-4326-4531-857f-aae4784c0385','true','display.on.consent.screen'),
('d59fb9ef-1a2a-4685-b5f9-1710d64f6080','${emailScopeConsentText}','consent.screen.text'),
('d59fb9ef-1a2a-4685-b5f9-1710d64f6080','true','display.on.consent.screen'),
('d59fb9ef-1a2a-4685-b5f9-1710d64f6080','true','include.in.token.scope'),
('dca5d79a-aa64-4cfe-b98a-608ab339f979','${profileScopeConsentText}','consent.screen.text'),
('dca5d79a-aa64-4cfe-b98a-608ab339f979','true','display.on.consent.screen'),
('dca5d79a-aa64-4cfe-b98a-608ab339f979','true','include.in.token.scope'),
('ef7a934d-17df-4e51-931f-cdcb4980272d','${phoneScopeConsentText}','consent.screen.text'),
('ef7a934d-17df-4e51-931f-cdcb4980272d','true','display.on.consent.screen'),
('ef7a934d-17df-4e51-931f-cdcb4980272d','true','include.in.token.scope'),
('fc95f866-77dd-44c5-8950-d03c88bd14cc','false','display.on.consent.screen');
/*!40000 ALTER TABLE `CLIENT_SCOPE_ATTRIBUTES` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_SCOPE_CLIENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_SCOPE_CLIENT` (
  `CLIENT_ID` varchar(255) NOT NULL,
  `SCOPE_ID` varchar(255) NOT NULL,
  `DEFAULT_SCOPE` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`CLIENT_ID`,`SCOPE_ID`),
  KEY `IDX_CLSCOPE_CL` (`CLIENT_ID`),
  KEY `IDX_CL_CLSCOPE` (`SCOPE_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_SCOPE_CLIENT` WRITE;
/*!40000 ALTER TABLE `CLIENT_SCOPE_CLIENT` DISABLE KEYS */;
INSERT INTO `CLIENT_SCOPE_CLIENT` VALUES
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('369372a4-0ff4-4db7-8f61-52b5cfa8f714','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('4b44a741-c112-40de-b8a7-022ccef61529','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('4b44a741-c112-40de-b8a7-022ccef61529','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('4b44a741-c112-40de-b8a7-022ccef61529','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('4b44a741-c112-40de-b8a7-022ccef61529','319a0e13-125a-4810-a85d-9944040e448b',1),
('4b44a741-c112-40de-b8a7-022ccef61529','465298e3-5095-4236-a12d-4522850d2e47',1),
('4b44a741-c112-40de-b8a7-022ccef61529','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('4b44a741-c112-40de-b8a7-022ccef61529','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('4b44a741-c112-40de-b8a7-022ccef61529','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('4b44a741-c112-40de-b8a7-022ccef61529','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('4b44a741-c112-40de-b8a7-022ccef61529','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('4b44a741-c112-40de-b8a7-022ccef61529','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('4b87fe0b-9140-487c-a46a-28a692f7b995','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('4b87fe0b-9140-487c-a46a-28a692f7b995','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('4b87fe0b-9140-487c-a46a-28a692f7b995','319a0e13-125a-4810-a85d-9944040e448b',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','465298e3-5095-4236-a12d-4522850d2e47',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('4b87fe0b-9140-487c-a46a-28a692f7b995','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('4b87fe0b-9140-487c-a46a-28a692f7b995','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('4b87fe0b-9140-487c-a46a-28a692f7b995','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('6b841935-aead-474b-b8f6-2739839ceae0','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('6b841935-aead-474b-b8f6-2739839ceae0','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('6b841935-aead-474b-b8f6-2739839ceae0','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('6b841935-aead-474b-b8f6-2739839ceae0','319a0e13-125a-4810-a85d-9944040e448b',1),
('6b841935-aead-474b-b8f6-2739839ceae0','465298e3-5095-4236-a12d-4522850d2e47',1),
('6b841935-aead-474b-b8f6-2739839ceae0','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('6b841935-aead-474b-b8f6-2739839ceae0','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('6b841935-aead-474b-b8f6-2739839ceae0','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('6b841935-aead-474b-b8f6-2739839ceae0','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('6b841935-aead-474b-b8f6-2739839ceae0','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('6b841935-aead-474b-b8f6-2739839ceae0','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('96515917-a562-4d0b-a4f6-f534cb148e03','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('96515917-a562-4d0b-a4f6-f534cb148e03','319a0e13-125a-4810-a85d-9944040e448b',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','465298e3-5095-4236-a12d-4522850d2e47',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('96515917-a562-4d0b-a4f6-f534cb148e03','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('96515917-a562-4d0b-a4f6-f534cb148e03','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('96515917-a562-4d0b-a4f6-f534cb148e03','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('9cc4e9ae-5992-4496-8384-abeeec745b85','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('9cc4e9ae-5992-4496-8384-abeeec745b85','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('9cc4e9ae-5992-4496-8384-abeeec745b85','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('9cc4e9ae-5992-4496-8384-abeeec745b85','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('9cc4e9ae-5992-4496-8384-abeeec745b85','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('9cc4e9ae-5992-4496-8384-abeeec745b85','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('a2ff048c-91c9-49d9-bc21-58103a051386','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('a2ff048c-91c9-49d9-bc21-58103a051386','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('a2ff048c-91c9-49d9-bc21-58103a051386','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('a2ff048c-91c9-49d9-bc21-58103a051386','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('a2ff048c-91c9-49d9-bc21-58103a051386','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('a2ff048c-91c9-49d9-bc21-58103a051386','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('a4c79078-6af2-490f-98f6-b2128743e381','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('a4c79078-6af2-490f-98f6-b2128743e381','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('a4c79078-6af2-490f-98f6-b2128743e381','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('a4c79078-6af2-490f-98f6-b2128743e381','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('a4c79078-6af2-490f-98f6-b2128743e381','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('a4c79078-6af2-490f-98f6-b2128743e381','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('a4c79078-6af2-490f-98f6-b2128743e381','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('a4c79078-6af2-490f-98f6-b2128743e381','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('a4c79078-6af2-490f-98f6-b2128743e381','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('a4c79078-6af2-490f-98f6-b2128743e381','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('a4c79078-6af2-490f-98f6-b2128743e381','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','319a0e13-125a-4810-a85d-9944040e448b',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','465298e3-5095-4236-a12d-4522850d2e47',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('af7181a5-59e4-4ef9-b738-426aba3c1d3f','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','319a0e13-125a-4810-a85d-9944040e448b',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','465298e3-5095-4236-a12d-4522850d2e47',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('f988e782-04fa-4304-90e5-337bd614713c','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('f988e782-04fa-4304-90e5-337bd614713c','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('f988e782-04fa-4304-90e5-337bd614713c','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('f988e782-04fa-4304-90e5-337bd614713c','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('f988e782-04fa-4304-90e5-337bd614713c','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('f988e782-04fa-4304-90e5-337bd614713c','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('f988e782-04fa-4304-90e5-337bd614713c','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('f988e782-04fa-4304-90e5-337bd614713c','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('f988e782-04fa-4304-90e5-337bd614713c','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('f988e782-04fa-4304-90e5-337bd614713c','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('f988e782-04fa-4304-90e5-337bd614713c','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1);
/*!40000 ALTER TABLE `CLIENT_SCOPE_CLIENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLIENT_SCOPE_ROLE_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLIENT_SCOPE_ROLE_MAPPING` (
  `SCOPE_ID` varchar(36) NOT NULL,
  `ROLE_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`SCOPE_ID`,`ROLE_ID`),
  KEY `IDX_CLSCOPE_ROLE` (`SCOPE_ID`),
  KEY `IDX_ROLE_CLSCOPE` (`ROLE_ID`),
  CONSTRAINT `FK_CL_SCOPE_RM_SCOPE` FOREIGN KEY (`SCOPE_ID`) REFERENCES `CLIENT_SCOPE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLIENT_SCOPE_ROLE_MAPPING` WRITE;
/*!40000 ALTER TABLE `CLIENT_SCOPE_ROLE_MAPPING` DISABLE KEYS */;
INSERT INTO `CLIENT_SCOPE_ROLE_MAPPING` VALUES
('092d655f-ac23-4e1f-8f5c-1845b0e18f89','ad0a431f-31f0-4c61-a452-7a4dea65b09b'),
('198ad89b-434f-4a5c-ac55-d464e349c5c0','3c5f702c-9380-40cc-8474-0ebabb1f29ea');
/*!40000 ALTER TABLE `CLIENT_SCOPE_ROLE_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CLUSTER_EVENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CLUSTER_EVENT` (
  `ID` varchar(36) NOT NULL,
  `TARGET_CLUSTER` varchar(200) NOT NULL,
  `SENDER_CLUSTER` varchar(200) NOT NULL,
  `EVENT_DATA` blob NOT NULL,
  `CREATED_AT` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`,`TARGET_CLUSTER`),
  KEY `IDX_CLUSTER_EVENT_TARGET` (`TARGET_CLUSTER`,`CREATED_AT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CLUSTER_EVENT` WRITE;
/*!40000 ALTER TABLE `CLUSTER_EVENT` DISABLE KEYS */;
/*!40000 ALTER TABLE `CLUSTER_EVENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `COMPONENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `COMPONENT` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) DEFAULT NULL,
  `PARENT_ID` varchar(36) DEFAULT NULL,
  `PROVIDER_ID` varchar(36) DEFAULT NULL,
  `PROVIDER_TYPE` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `SUB_TYPE` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_COMPONENT_REALM` (`REALM_ID`),
  KEY `IDX_COMPONENT_PROVIDER_TYPE` (`PROVIDER_TYPE`),
  CONSTRAINT `FK_COMPONENT_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `COMPONENT` WRITE;
/*!40000 ALTER TABLE `COMPONENT` DISABLE KEYS */;
INSERT INTO `COMPONENT` VALUES
('0466c717-6ae4-403a-89ee-05866ab79104','Allowed Registration Web Origins','d522baac-5120-4b92-868e-a14af5c02a72','registration-web-origins','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','authenticated'),
('28230171-007f-454b-b09b-c292d29eae7d','Trusted Hosts','d522baac-5120-4b92-868e-a14af5c02a72','trusted-hosts','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('2d62fda3-78bd-4f8d-8173-36aae4bb6439','Consent Required','d522baac-5120-4b92-868e-a14af5c02a72','consent-required','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('32a11736-e91e-4da2-8e62-76230715d721',NULL,'8c3b9cdd-827b-4664-83e7-f35c5637fa52','declarative-user-profile','org.keycloak.userprofile.UserProfileProvider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL),
('3805f418-198f-4946-a094-8b9f2448222f','rsa-enc-generated','d522baac-5120-4b92-868e-a14af5c02a72','rsa-enc-generated','org.keycloak.keys.KeyProvider','d522baac-5120-4b92-868e-a14af5c02a72',NULL),
('3eee8839-839b-44e9-bc5a-b963a0b8e72e','rsa-enc-generated','8c3b9cdd-827b-4664-83e7-f35c5637fa52','rsa-enc-generated','org.keycloak.keys.KeyProvider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL),
('42109573-b553-44f8-b0e7-b68d3ad812cd','Allowed Registration Web Origins','8c3b9cdd-827b-4664-83e7-f35c5637fa52','registration-web-origins','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','authenticated'),
('4d1952e7-29ba-4af2-8176-df263de3114a','Max Clients Limit','d522baac-5120-4b92-868e-a14af5c02a72','max-clients','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('52e3b792-16b8-4054-96db-b882f841c0d6','Full Scope Disabled','d522baac-5120-4b92-868e-a14af5c02a72','scope','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('590291df-c063-4a02-8ac7-d295edd2b813','hmac-generated-hs512','d522baac-5120-4b92-868e-a14af5c02a72','hmac-generated','org.keycloak.keys.KeyProvider','d522baac-5120-4b92-868e-a14af5c02a72',NULL),
('64829b48-3755-4dc9-9557-073527c9fa07','aes-generated','d522baac-5120-4b92-868e-a14af5c02a72','aes-generated','org.keycloak.keys.KeyProvider','d522baac-5120-4b92-868e-a14af5c02a72',NULL),
('6bc12e1e-dfd8-4850-904b-932422ae3488','rsa-generated','d522baac-5120-4b92-868e-a14af5c02a72','rsa-generated','org.keycloak.keys.KeyProvider','d522baac-5120-4b92-868e-a14af5c02a72',NULL),
('72168bb8-dcda-4868-aae1-c9de874e4701','Allowed Protocol Mapper Types','8c3b9cdd-827b-4664-83e7-f35c5637fa52','allowed-protocol-mappers','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('7d4d37c4-f132-4733-b9f2-a679826c278e','rsa-generated','8c3b9cdd-827b-4664-83e7-f35c5637fa52','rsa-generated','org.keycloak.keys.KeyProvider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL),
('8029a847-3e56-46ce-8e18-cfec7abaf65f','Allowed Client Scopes','8c3b9cdd-827b-4664-83e7-f35c5637fa52','allowed-client-templates','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('842edba8-0f10-4140-ba71-e1a14e2a4696','aes-generated','8c3b9cdd-827b-4664-83e7-f35c5637fa52','aes-generated','org.keycloak.keys.KeyProvider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL),
('8cc50457-5f64-48e9-b1b3-cd524e1e6a4f','Allowed Client Scopes','d522baac-5120-4b92-868e-a14af5c02a72','allowed-client-templates','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','authenticated'),
('ac17b581-cc17-426c-a2e3-8704cdf338b3','Max Clients Limit','8c3b9cdd-827b-4664-83e7-f35c5637fa52','max-clients','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('b6f9500d-d0fa-45a3-b1c1-ba12f0b7f8ff','Trusted Hosts','8c3b9cdd-827b-4664-83e7-f35c5637fa52','trusted-hosts','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('bd894f89-4da9-4614-80da-c127fd3d2b29','Allowed Protocol Mapper Types','d522baac-5120-4b92-868e-a14af5c02a72','allowed-protocol-mappers','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','authenticated'),
('cc164587-12ef-4b87-b382-47f605d80d5d','Full Scope Disabled','8c3b9cdd-827b-4664-83e7-f35c5637fa52','scope','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('d033c815-4aae-45f4-94d9-a62d38c19c11','Allowed Registration Web Origins','d522baac-5120-4b92-868e-a14af5c02a72','registration-web-origins','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('d446e9dc-b9cd-4d28-9de9-3a6cae47592a','Allowed Protocol Mapper Types','d522baac-5120-4b92-868e-a14af5c02a72','allowed-protocol-mappers','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('d4a1c2de-3d46-4207-865b-076698ed0491',NULL,'d522baac-5120-4b92-868e-a14af5c02a72','declarative-user-profile','org.keycloak.userprofile.UserProfileProvider','d522baac-5120-4b92-868e-a14af5c02a72',NULL),
('d64d704a-eeda-4324-b0b3-4e299e845c26','Allowed Client Scopes','d522baac-5120-4b92-868e-a14af5c02a72','allowed-client-templates','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','d522baac-5120-4b92-868e-a14af5c02a72','anonymous'),
('dce3260e-eca5-4ef8-a2c2-496c7ce174e9','Allowed Client Scopes','8c3b9cdd-827b-4664-83e7-f35c5637fa52','allowed-client-templates','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','authenticated'),
('def7ba9f-178d-4640-b322-c58a716f76f9','Consent Required','8c3b9cdd-827b-4664-83e7-f35c5637fa52','consent-required','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous'),
('ee449313-5f1c-4e2c-87f3-7d1d05f2c2fb','hmac-generated-hs512','8c3b9cdd-827b-4664-83e7-f35c5637fa52','hmac-generated','org.keycloak.keys.KeyProvider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL),
('ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','Allowed Protocol Mapper Types','8c3b9cdd-827b-4664-83e7-f35c5637fa52','allowed-protocol-mappers','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','authenticated'),
('faa26263-6516-404d-a338-0bf212fa2e2d','Allowed Registration Web Origins','8c3b9cdd-827b-4664-83e7-f35c5637fa52','registration-web-origins','org.keycloak.services.clientregistration.policy.ClientRegistrationPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','anonymous');
/*!40000 ALTER TABLE `COMPONENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `COMPONENT_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `COMPONENT_CONFIG` (
  `ID` varchar(36) NOT NULL,
  `COMPONENT_ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_COMPO_CONFIG_COMPO` (`COMPONENT_ID`),
  CONSTRAINT `FK_COMPONENT_CONFIG` FOREIGN KEY (`COMPONENT_ID`) REFERENCES `COMPONENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `COMPONENT_CONFIG` WRITE;
/*!40000 ALTER TABLE `COMPONENT_CONFIG` DISABLE KEYS */;
INSERT INTO `COMPONENT_CONFIG` VALUES
('01ba0159-a78b-4650-adb1-63ecf93be416','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','oidc-address-mapper'),
('06490f77-85d6-450d-80e9-03aa095b6c3a','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','oidc-usermodel-property-mapper'),
('080004ea-8da3-4eca-95e8-48667db4a4ec','7d4d37c4-f132-4733-b9f2-a679826c278e','certificate','MIICqTCCAZECBgGiQphi0zANBgkqhkiG9w0BAQsFADAYMRYwFAYDVQQDDA1zZWN1cmUtYWNjZXNzMB4XDTI2MTIwNDE5NDUxMloXDTM2MTIwNDE5NDY1MlowGDEWMBQGA1UEAwwNc2VjdXJlLWFjY2VzczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAMGfNDAmmLzbqahCUqsdnpGlngPfmZkTvPV+V6XpDskrfTUbCZJ7wqDCbjxPQjmK1cHkUS7w9mznMDZfpWnRdizsrtpsROeJ4zDPiqFtxqr/6Cwbtlf64x1bsDxCx0u7REJl8xQKBnwtWJ4JtiTGdZIFXKcV6bvDFNbOc1N+KsJOz2KhYxRXFEWzn8MoprY1i/pHz1Cxo/f6YK7WvZJM4zxFM3M+YWuUdIADGRqikVS2Gpp05jSdLSIZy3b6Uab09Nni1EK/x3QkAkV+uvut7wkH9u1tHD0qIIoHXE/jM8rFfZ5EjWK+GfkSt35SEsq0HFs2q22kmdlPn8eHUU5pTccCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAVkSHDKi77bClHfWNZI9sT23VU6tzPq8FvGBxL31db+sUuSt4eEukUbv8FHYGMJ91CG3FwLdvGXx6gMROpf/oqJydRvh/y6DNdshPgfMJJGRF1okfuH8TbKpGVKv81kYpOsI9MckbZ30A4mdJHJB8BMFxmhx39Oh+ZHHgOTRZvKhbMVseSwUtaFpa4Q0spxqmw1kTJdpEnFz8UhlIUV289rexNOsOBcE1NT82m2rVswTAmaKcAemAD6lE082+ZvCMMq9SzMrcwnRa7p1yxehxqcin0SKKQbPeSBF/6CUMimhkSRAzj8RqeTZy4r0xRCY40X6zyYqfFGA7FBa2Iigu5A=='),
('085c5c30-2a62-4914-946a-76fa638d308b','6bc12e1e-dfd8-4850-904b-932422ae3488','priority','100'),
('0a7acc83-422d-4137-a3a1-13f16914cc4c','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','saml-role-list-mapper'),
('1c8f0ecd-3e16-4479-bcfe-1990e030759f','6bc12e1e-dfd8-4850-904b-932422ae3488','keyUse','SIG'),
('23b73778-8f01-417f-a862-5fdebc64205f','dce3260e-eca5-4ef8-a2c2-496c7ce174e9','allow-default-scopes','true'),
('242ff134-cdd6-4f4d-8019-f733d0163ac1','590291df-c063-4a02-8ac7-d295edd2b813','algorithm','HS512'),
('24baee63-557a-42a8-9185-806ca861068e','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','oidc-usermodel-attribute-mapper'),
('285335ce-c254-45fe-9fde-15d33bd94e24','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','oidc-address-mapper'),
('2d7b96a7-5433-473c-830b-41b9816b7896','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','saml-user-attribute-mapper'),
('2ffeabac-38a4-49bf-88e3-9062260da39e','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','oidc-usermodel-attribute-mapper'),
('365623d9-63b5-4706-8645-8908b5b64950','ee449313-5f1c-4e2c-87f3-7d1d05f2c2fb','kid','4a876123-52ae-4ba6-95e5-0c82a7c3f79e'),
('37b03d31-1376-4e91-b949-e5abef13d22f','ee449313-5f1c-4e2c-87f3-7d1d05f2c2fb','priority','100'),
('39b76672-e4e0-430c-aafe-1b2f01813fc6','590291df-c063-4a02-8ac7-d295edd2b813','secret','w86AlocID_RniBnqlL-aA2AfHk6KmraAQfAda2h2PkBaHqpA1xGPimk4D1ka5OmCwbcrxaIsDu_MYijG5xN6zTfn3DXGlXDm5hgI3yS2iFlmgIkTPP9U036kZ0N1yrDvq1Uq2V6P6trvNwQNm6AR2BZRy9vo2odEuvDQe_xTg2U'),
('3c064466-1567-4f26-aa5e-4d169cc02ff2','842edba8-0f10-4140-ba71-e1a14e2a4696','kid','48a4f9a0-5e1b-47c7-8f18-c2b199202651'),
('3d754430-f661-4059-8616-5cd3c3ad15a3','28230171-007f-454b-b09b-c292d29eae7d','host-sending-registration-request-must-match','true'),
('3ff7f874-8342-47b3-869a-29c3ff648798','3eee8839-839b-44e9-bc5a-b963a0b8e72e','certificate','MIICqTCCAZECBgGiQphmXDANBgkqhkiG9w0BAQsFADAYMRYwFAYDVQQDDA1zZWN1cmUtYWNjZXNzMB4XDTI2MTIwNDE5NDUxM1oXDTM2MTIwNDE5NDY1M1owGDEWMBQGA1UEAwwNc2VjdXJlLWFjY2VzczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBALvNCYtdrQWbWcXN1OWRAYM/8/cm4uRqKP0V6g9N9pH7BKouEK8e2K5Pu7ZHbtIdnHf7tLCxXWSlyVpZCItrbdb+FamZv9TgRI3JxeNpNmnEfpAzXs3r2IOMibGH6EaTC1SEVmJ+heEhvyBz1iAKPMJzgG4QnPqp2fKfqBrz218TjT7Z7uuUeD1W5dfnCirlubXner+z/WzyG4SsBMNJitJGbbNd1CRPOmQUi8RaL7Vb+FndflFmpI5Y4jenj1hKrEa7RrSh5l2Mz/VgMB40kP6un3whZ2AYXuiiK4K7nYUmPewxHglEZsRppXs1bZj7IQ87nrinZYm/9bIT9loNNQkCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEACM7fGGlKp2rpgy0z8q2j6zFWJnEI5eKH1I2g3hBm0meMlwzW6Pm6FZVOdMkC0Vm0/dh789tzAH1ObXNeMhdvm86f+xqVTMfvCA99MmpecOZhizaVO3sUlkmIfOfnJhNZITP6E5PcTGherfxeYJAqRbfWjPlrujLt2HNxihTUhV8HsrYq5wrWbFvhpd/hcfw5Vp57x9EzG3sLvASf7TVX94NAesDSlPHncRlx+CapBmBFEAJLUliSpvblH7yLiHZnvlumiLE8l5iKJLj6ee6TOQwG0x7gBkR4JYe1c7HhJODOcYM5ED5cAz6uNnOG1+xzk2uRpq8QnZb7dTKuFZO+qQ=='),
('4427d2ad-2a78-4e8f-8831-7522b1b8d28e','64829b48-3755-4dc9-9557-073527c9fa07','kid','50d51fea-d996-4838-9c61-b8f08301b145'),
('44fa0d3f-5ec2-4f32-898c-281cc376d977','8029a847-3e56-46ce-8e18-cfec7abaf65f','allow-default-scopes','true'),
('454d4458-971c-4a63-879b-65521ff06feb','8cc50457-5f64-48e9-b1b3-cd524e1e6a4f','allow-default-scopes','true'),
('469c2ec0-0a30-4cec-b21f-77bcdbc18922','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','oidc-full-name-mapper'),
('49272a50-c3ab-4cf2-bbee-cfd60bd812d4','3eee8839-839b-44e9-bc5a-b963a0b8e72e','priority','100'),
('4e9fc29e-5c17-4c64-aff3-342b23a6f8b8','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','oidc-sha256-pairwise-sub-mapper'),
('541ba575-5045-4322-8d6d-2efddda31757','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','saml-user-attribute-mapper'),
('56c51c7c-9da2-4bef-b712-0ec2501af153','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','oidc-usermodel-attribute-mapper'),
('5bba52bc-da07-4a7b-85d4-408abb572bba','3805f418-198f-4946-a094-8b9f2448222f','priority','100'),
('5c21872f-3b52-46f5-b380-5bfe0979bbbf','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','oidc-full-name-mapper'),
('5c322261-5670-45b0-b642-97e33cc1f724','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','saml-user-property-mapper'),
('5faca055-8c0d-4af6-b870-ad6f76ce7d88','d4a1c2de-3d46-4207-865b-076698ed0491','kc.user.profile.config','{\"attributes\":[{\"name\":\"username\",\"displayName\":\"${username}\",\"validations\":{\"length\":{\"min\":3,\"max\":255},\"username-prohibited-characters\":{},\"up-username-not-idn-homograph\":{}},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"multivalued\":false},{\"name\":\"email\",\"displayName\":\"${email}\",\"validations\":{\"email\":{},\"length\":{\"max\":255}},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"multivalued\":false},{\"name\":\"firstName\",\"displayName\":\"${firstName}\",\"validations\":{\"length\":{\"max\":255},\"person-name-prohibited-characters\":{}},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"multivalued\":false},{\"name\":\"lastName\",\"displayName\":\"${lastName}\",\"validations\":{\"length\":{\"max\":255},\"person-name-prohibited-characters\":{}},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"multivalued\":false}],\"groups\":[{\"name\":\"user-metadata\",\"displayHeader\":\"User metadata\",\"displayDescription\":\"Attributes, which refer to user metadata\"}]}'),
('68336dbb-d61d-4a99-8a35-658651036bf7','64829b48-3755-4dc9-9557-073527c9fa07','secret','E2NHRLOifsRXDAIvTVMgy2oEKQdfskKH3t66raaFsAc'),
('685954b1-aa1f-4535-9505-76c85f31d566','32a11736-e91e-4da2-8e62-76230715d721','kc.user.profile.config','{\"attributes\":[{\"name\":\"username\",\"displayName\":\"${username}\",\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"validations\":{\"length\":{\"min\":3,\"max\":255},\"username-prohibited-characters\":{},\"up-username-not-idn-homograph\":{}}},{\"name\":\"email\",\"displayName\":\"${email}\",\"required\":{\"roles\":[\"user\"]},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"validations\":{\"email\":{},\"length\":{\"max\":255}}},{\"name\":\"firstName\",\"displayName\":\"${firstName}\",\"required\":{\"roles\":[\"user\"]},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"validations\":{\"length\":{\"max\":255},\"person-name-prohibited-characters\":{}}},{\"name\":\"lastName\",\"displayName\":\"${lastName}\",\"required\":{\"roles\":[\"user\"]},\"permissions\":{\"view\":[\"admin\",\"user\"],\"edit\":[\"admin\",\"user\"]},\"validations\":{\"length\":{\"max\":255},\"person-name-prohibited-characters\":{}}},{\"name\":\"phoneNumber\",\"displayName\":\"Mobile phone for security codes (set by an administrator or a directory; verified at next sign-in)\",\"permissions\":{\"view\":[\"admin\"],\"edit\":[\"admin\"]},\"validations\":{\"length\":{\"max\":40}},\"group\":\"user-metadata\"},{\"name\":\"priorIdentityProofing\",\"displayName\":\"Identity proofed by an earlier process (get-transcript-online, ip-pin)\",\"permissions\":{\"view\":[\"admin\"],\"edit\":[\"admin\"]},\"validations\":{\"length\":{\"max\":40}},\"group\":\"user-metadata\"},{\"name\":\"sitePhrase\",\"displayName\":\"Site phrase (shown before the password; not a secret, never a factor)\",\"permissions\":{\"view\":[\"admin\"],\"edit\":[\"admin\"]},\"validations\":{\"length\":{\"max\":40}},\"group\":\"user-metadata\"},{\"name\":\"siteImage\",\"displayName\":\"Site picture\",\"permissions\":{\"view\":[\"admin\"],\"edit\":[\"admin\"]},\"validations\":{\"options\":{\"options\":[\"sun\",\"moon\",\"tree\",\"anchor\",\"bicycle\",\"sailboat\",\"cat\",\"flower\",\"mountain\",\"lighthouse\",\"kite\",\"umbrella\"]}},\"group\":\"user-metadata\"}],\"groups\":[{\"name\":\"user-metadata\",\"displayHeader\":\"User metadata\",\"displayDescription\":\"Attributes, which refer to user metadata\"}]}'),
('6ab22161-a055-4a81-bb4b-e7742fe008a0','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','saml-role-list-mapper'),
('6f488f9f-67b1-4bb5-ae55-459431977283','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','oidc-sha256-pairwise-sub-mapper'),
('705403d9-4576-43dc-9131-9b915055539b','590291df-c063-4a02-8ac7-d295edd2b813','priority','100'),
('709f88de-8654-468f-8032-fab9bffe46d9','3eee8839-839b-44e9-bc5a-b963a0b8e72e','privateKey','MIIEpAIBAAKCAQEAu80Ji12tBZtZxc3U5ZEBgz/z9ybi5Goo/RXqD032kfsEqi4Qrx7Yrk+7tkdu0h2cd/u0sLFdZKXJWlkIi2tt1v4VqZm/1OBEjcnF42k2acR+kDNezevYg4yJsYfoRpMLVIRWYn6F4SG/IHPWIAo8wnOAbhCc+qnZ8p+oGvPbXxONPtnu65R4PVbl1+cKKuW5ted6v7P9bPIbhKwEw0mK0kZts13UJE86ZBSLxFovtVv4Wd1+UWakjljiN6ePWEqsRrtGtKHmXYzP9WAwHjSQ/q6ffCFnYBhe6KIrgrudhSY97DEeCURmxGmlezVtmPshDzueuKdlib/1shP2Wg01CQIDAQABAoIBACQsbNO24f5r+4FB0em8IhX1ahknmNmVZzrEj1aOVlmtB6t9/wG0R9lfi1EjdkGrqXlk9tt39nzOADhSYPZ15WzdeS+3aT9oSVwkSuUwXWZHDnfZJUA11vkTx2v2OTPq2+pWKUuEgmYoeWeXWF3IiwaLd+f7dDlGITB+N0OlyBIKXbGlUyzefxu+/g8xM62AIbYpy6yVqqAN35nw58tb/KSknYr9MJ+o/mrn5+/nUvWbfV3NgZAWhI+MHRseCDpfrTyqhKP0GHKOuJz8PWEhCul8XrOtVXWFZWR6z40pn03EAF8lkGSmkPgLLwctMk9cbCK+6m52PV7fcz0gkxoazZ8CgYEA8cOmRQpDL6zQrJ0Vmp37C/a+PnsbUdB+Z4FByKatg/x9En5y0XuNFogZhV2dKrxfuiTUEEODu/gzFS0ubr7PJLmDPZ3sv2GZPFxlDTjgMsa9wQfit97GetuXcPWysnmRiGXqxjFM0agSjmvKbXfoGCxItHad9kqdityfJrVbNlsCgYEAxtvyCDzD2o2AJ1wSSFNWKA6wAc3fWcxxmeBsHbULuhWM9bHi9QOZPp7M7CSfFua0SpeUA3Zqho2taGNtTrULZBiLgqprcqzBjales7HxSoGSDs9XHBCjls7ucCAMbV1NOHeVX0BgrePjg9U4k1FQnShdc1c0kAbAI9K2UeAjB2sCgYAfLeBPnxczGtJ+sHOM0TsDO/slC7NmRcFHj//v5K8UCogGzo/4PDrh4QOJk50lWc3ur7k5r7tZjpTn8j++wJTuY45tb+SMegXNJw1ROziO09q8/kta8zwdtBw/0TAOnGcMdDhm/wytLUPXYkdk/sXL+EoYHAQbM1xGAFX2JAVzaQKBgQCgEZFMIiWAud/LTuiEgVhbnB7/BMlhThivRR+h9gZ/fjNd3heTI5dp+Yd4Ga5ZT9EWLdb9xobO0iIgYdAtx7tokf1Sa31b7EVMk2XgfT59u7hm5Wz38UjM7rqtVI7MRYsQBeodpwNrVYHgr3P/2TdrmX9HhY2Q1W46J7WMSD/KCwKBgQDcF6bnC9NUYPUD52Zhp9qURbFkdgIBBUi5OR3QtZ4j1/8O1i80nD4W6AkSvPTOg2tC6ahtWqvRPsUl5S07ADuTR8ttljFa5B8Q5LIr4mgyKHgTri11htqNb1INai88EfCGTGximgQARMpgGyEuZu+wqzecDOaQJ0aYd2tce4WdKg=='),
('761c77ff-b5f3-41a8-9849-fd161baf4557','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','saml-user-property-mapper'),
('778357d4-6bce-4d38-aaf3-173462d9ec2a','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','oidc-address-mapper'),
('7a2112b5-d9ee-48bc-9a6d-2c3e8588b11b','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','oidc-usermodel-attribute-mapper'),
('7cdad1a4-d12f-4f8d-bceb-130bf2bf52ea','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','saml-role-list-mapper'),
('80d2678c-55ac-48a0-a321-fd7953ca3447','842edba8-0f10-4140-ba71-e1a14e2a4696','secret','bOqSPhD167Twl10748_0oyDzG1IpsER98Fgvk0Z1NPQ'),
('8554b1ac-ad6d-4e26-ab8d-05a61ee0c1a1','ac17b581-cc17-426c-a2e3-8704cdf338b3','max-clients','200'),
('895d9414-3e9e-4667-b59c-26e01f2119a3','b6f9500d-d0fa-45a3-b1c1-ba12f0b7f8ff','client-uris-must-match','true'),
('8b146064-a9c3-4443-9acc-5ab7f2f522a8','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','saml-user-property-mapper'),
('8f8be817-4075-4e36-9459-f72ef89c9edf','7d4d37c4-f132-4733-b9f2-a679826c278e','privateKey','MIIEowIBAAKCAQEAwZ80MCaYvNupqEJSqx2ekaWeA9+ZmRO89X5XpekOySt9NRsJknvCoMJuPE9COYrVweRRLvD2bOcwNl+ladF2LOyu2mxE54njMM+KoW3Gqv/oLBu2V/rjHVuwPELHS7tEQmXzFAoGfC1Yngm2JMZ1kgVcpxXpu8MU1s5zU34qwk7PYqFjFFcURbOfwyimtjWL+kfPULGj9/pgrta9kkzjPEUzcz5ha5R0gAMZGqKRVLYamnTmNJ0tIhnLdvpRpvT02eLUQr/HdCQCRX66+63vCQf27W0cPSogigdcT+MzysV9nkSNYr4Z+RK3flISyrQcWzarbaSZ2U+fx4dRTmlNxwIDAQABAoIBAADxayoNrHjFaR7uRvczMbtSRZUnPz94a4pjW/HtUxEckR0ms8LVSRSXXdbiKL4DzkuF3Sj2K30Xf/idbQs5TFlAd3Zae9g7QUwF9sFKhskwB38PgEsPAcQtPVjnY/XoETELMt/jtjX5bCqsFjyfngfHPU6v09YCR6IamoOX/biGJfWIiRTa6AI8+GEukCVkwr7NHzQrOcqzan0UCiTKnYTqzzrcxnrZHRtrurhfRY42GJNHQKxRo5Dlj4ZWjCysu4An9ElkdFt8lrC4SFUjhC78H3OgeffHCEqZNHTJigcQLqfr0xBoHnl8H3riL1v5gaBFINo3Rjh1gflV3Jw+diECgYEA+d7o4tDO7OX0JK82+gPdOjtOvN4RLWk6q5/KbP/KX6g981XgJFHw8EPNO3+JHdlRcOJInETtURzuS+zorFpROUsi+Ei2dmi7UOVBVTt87OvkEZim3nG9L1XvFkf/u3ukuSLqSk6XiUHJyz6EJOp9TwuLcAnWRf7ZO3IpYPi2qwMCgYEAxl8Sy3/aOliL+lB2EC4Ww6lD0JxOsK6AhIrGXLzjd8M+T3SfP1O1hHK3rWd08AwImoB9z7vJna0CGPbDR5t4msPMVhWsKfQxsZwXVyMen94EbY1LDsD/0HT64FfFn5r9YjvE8MSa84UU0hlBi0L37Ju8S/S09Hfflqowv88QVO0CgYEAo9h1YXWGmnTXOM7j/+FUyYBmSxZasSpVXIC1HfBE5aDOrqdbCLXqhcIP67nfUYFVE+5tqnrQGuYbpBG/KHU42ZbZYXFcpBxc59jMlHUjn7+2l4s/sJFoeoeg9T1VBb038GZit0L9vvUyu2FNCV/xt0lcr6TjqpZIH+DmHT45mb0CgYAsLIvA6U2tZH53VWeVHs5O7+h8EfKsAY/48/ZMPHvi9YVwqCW2MmvffLROVxWBRwy7axWZJtY02Iv5ByphTcvDmwpruRPHm+tdA8dmzhlJvGT8CFTIik3tG7+qKaGGczstnuWyP/XJeL80Mg+YdWdEN0HtICcTsYYGxQtqCzA12QKBgBJydarlVHSc8cPRzeC0Tc2xkl+EirTyL9bnrJIvauDggkpHQ8/oG0KJFqZIFGPuZc+Y+ljeWMzexCneCE9l07ubf+2Lw9QvkFHdvonKxifOyCgV9uuNmU7KJAfDdXKi/c8CdlSaF8A7aV2XPyvB8Ksuppm397P/2qGluDgpgIbg'),
('910014dc-e7e4-4451-9972-845d411ca24b','3805f418-198f-4946-a094-8b9f2448222f','certificate','MIICmzCCAYMCBgGiQphccDANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA0MTk0NTExWhcNMzYxMjA0MTk0NjUxWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQCnhyEGDND6FrXAntn/ALzzZ9lRbi/3TqKI0jfR3Mhp2qrHnkuCumKocjmfOH7puBIwKjDwvjPceZWTC2O4EHgK/7fuZr77MVERygo5sRVyExThykfnvR67Ku/H9DM4UdWJAFQG+kXGgaicWOxZ62ahk5f8z49HYKBcHvXTxcqN85ZrK9Lahc4poUzRbWp/4nJpALQ7bsXiAIH6pe8Y4tZW25j4qDs+f+rb5hlZaGwMIvD1bwAnegZXSGaLsj/XeODGFppIxvVWgMdxeeQDtI2MuT7OdcGnnekFcTOoiyq3xcLlOE2K957VrI8GT86MXwNutVFFTnbAhDpBV+v/ThJrAgMBAAEwDQYJKoZIhvcNAQELBQADggEBAHK92nsc4MUQNBM7wwDwNBVudnTSaHYigYPB4HpklCR25/PeefOFjieb5BmFNMRLY75DzpklF8k6dowMnJEcI1oabCHe2mTwFvTYEsuCG01r1KQZferUuEn2Ig9X8Pdv6Y69304COf7pMsr7XKkwnQrUrpouLSX/xeTy+dXiyizdy7bbdAAxWqXqKNLMIkbqQspbDsBY5B5U38YX8G4bf5yKouebVJZQ86utkiRBcDLDv00s9bbWlV6hNTqelx4Y325OOV6yToZMw2baBBvGMSZoUBD0XIctkuN8gunSh6Fm14+gBiaWRCpu3yqUU54cTuc50j79rOOtHgPXFrJP1c4='),
('980d846f-642a-4688-8d66-3621c23a567f','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','oidc-usermodel-property-mapper'),
('a50cc545-ecb6-46f5-b7c2-6c4e7a6554d9','3805f418-198f-4946-a094-8b9f2448222f','algorithm','RSA-OAEP'),
('a6ba38b7-fed7-45d4-afd4-096a09eee5f0','6bc12e1e-dfd8-4850-904b-932422ae3488','certificate','MIICmzCCAYMCBgGiQphaSTANBgkqhkiG9w0BAQsFADARMQ8wDQYDVQQDDAZtYXN0ZXIwHhcNMjYxMjA0MTk0NTEwWhcNMzYxMjA0MTk0NjUwWjARMQ8wDQYDVQQDDAZtYXN0ZXIwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQDF5zMzfc6qiBEKvUxqyG6trFEj0x7Wxls/9rTM5hqP2nt5CcNkaRztYIBxrHgpNotnk+rwWavF1LvlS9ot0OpZiIswFce4jZ35FQUsDUUJHbzRP0Wu1bjwDD3XweBcX2Dz6jOVhaiphUmVlP9nrj3XfiGNZ8eFoTmKtq9zKnSk/MwlrT7Is+U6c9DLWELCTO/Z9yLBedWusNb7C7Ez5gIz7MO4dr8bE7yrgeuUpgDxzzVT7TBaEjfbaMFqRXGiciG9XyMlmWeT/aTW7D1Mh+wPHwkjbbCrwYiysYFvlXoL2NrxZMq0ht5nQA+Sghwgq1OM/PwVKmYKJudvst8d0Q3JAgMBAAEwDQYJKoZIhvcNAQELBQADggEBABcs8jYMUm1B77/y/uAf8ALLyP8o3SBBeP2upTjfARJITcJ2kWGms5WxSHGCOOaZhFuM/WhB2FNFFN09Xu5ocUavovRjjvFYLzkxj9ij4zdXviaqkQ/aYptrlBbol87HTios2zQ2nsnMCevx9v4Am0Xc7Pu5QlCO+rfxFEincaM7sI2jWShNGwNWMXkKZr2UgWXq1IJm6IjnjO+a9o9cPg52VX3ASJlY+CMGx4mjkvRMhAxyIFtCCVGIxCx5QGfDeAwxU4dMYjqRCFB2IKt6lOfYyFoWgf39rsIjYL+Gxz9hbf2UMSkqPiOAxSvY2pseiguDPj9tT9MRYw22+oFOtmw='),
('a747c159-d84b-4a39-a63e-b0988573a4ed','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','saml-user-attribute-mapper'),
('a824e243-2dfd-4a74-b52e-4d46ecf60408','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','oidc-full-name-mapper'),
('a9cddfce-9c82-4be7-b35f-f04a226afc34','7d4d37c4-f132-4733-b9f2-a679826c278e','priority','100'),
('ad9b8af2-2e84-4453-8c5c-f34b1ea601ce','6bc12e1e-dfd8-4850-904b-932422ae3488','privateKey','MIIEowIBAAKCAQEAxeczM33OqogRCr1MashuraxRI9Me1sZbP/a0zOYaj9p7eQnDZGkc7WCAcax4KTaLZ5Pq8FmrxdS75UvaLdDqWYiLMBXHuI2d+RUFLA1FCR280T9FrtW48Aw918HgXF9g8+ozlYWoqYVJlZT/Z649134hjWfHhaE5iravcyp0pPzMJa0+yLPlOnPQy1hCwkzv2fciwXnVrrDW+wuxM+YCM+zDuHa/GxO8q4HrlKYA8c81U+0wWhI322jBakVxonIhvV8jJZlnk/2k1uw9TIfsDx8JI22wq8GIsrGBb5V6C9ja8WTKtIbeZ0APkoIcIKtTjPz8FSpmCibnb7LfHdENyQIDAQABAoIBAF1459wILdap0bLK2g8NgAkTfHd5PfWfVnYNpjOo8x7CyNLQY7NHWlxb2g7WsSJ2Gr3fRXYkRFd6NQ0GGJTPOgDz1xntD5oBeX2uCfVWhybZHteOFPGRDHqEraj8b2Xxvq82DQswSAtZYvn9l+x2hcsETgCl5b0d+zmjM5cnlFRgJbuLaxqAK90FXSnK0/u6EMHnbAZaAo9nw9ySNmRyEiv77uXrCt5wCBbreZ2g/OOjUk0TW6S+p24klhO80WXWAQg5YSb+CpOwotr1n2KE+tZ3736rZHnSdRaQA7WPAOpDTCkD3TE2QN41gOPKV27kEecdz4XwPMNoGHkO+GMpASkCgYEA5SZhzWlvmMe3qNK8capbsoHLpIUY9LrQQkld/QCOrzMzWtADfjt+WaiqxqkjT9lYdMbmCRsY2q7L9qKhhWMpC6fbgPd+ZiyNqwRK9YEgntC7zI8LVNLihrcBuGNn6/9h6avYngHwY4R7hWw63thWjAAne80Szkn5/x9lo72T6nsCgYEA3ReIp49fgUkoer9lALngCIfBhIGzOilNC0m0B/DHEWKxnKHFvDiyfnXzV3WJlb+nvwJjB+JPjlOZRGJauJGYyeEX6MXKRiY5WqOAbYXMH1kPtN/7+qTkgh2FDvwtXnedA/49klTGER70x5qdfScFuZzybOogZzTtzkkgrQrYJ4sCgYA7sE7DgdZW1pcJe7MobHasPdD8zsqcXNkImzHHSFDiZBTZb9upEvgrhJrPWplfID9BU9nxv0QvGl74pI4sP5MefR/ZLR6YoLxaMqkP4A3OMJLqiswp0TC+ZIcnL4WPXJt1kZTAO8MROR4vt+xxxaptl1Cxl85xO6XKBbSk/Sm9ZwKBgQDSJ6eO1nqKstaWbs18NjKdCSXKZVrOwylnvGQzVAx1GyIG58LEGgSYrldjX+cq/6Vcq9EkUlsax54dYXwoisT3yE1oxnFx4q2L2XSfJpoThh2m6W1kH07R22t6Bfy+GeaXQBiYupoW9hzoirB+oRQRDf1lx9qLH8WX2u0DbxZt5wKBgCDRWr6aZGhitbR3Ujvf2gtDu4u/CVPadLAzEFAE/YaaVRxC+K3WIlRnLQvCxch4XMoIy5J6YYvim9ddhs/c6GXK3965oIjGXMUMcW6cdqL1vg40sqv+2sbXIIBUE994wpPfSX1MFQipNklgzOcYzoPD7zwbHtI6LWaGkdJDbIby'),
('adbd5142-6b90-420d-81cc-501be0c7ec8c','3805f418-198f-4946-a094-8b9f2448222f','privateKey','MIIEowIBAAKCAQEAp4chBgzQ+ha1wJ7Z/wC882fZUW4v906iiNI30dzIadqqx55LgrpiqHI5nzh+6bgSMCow8L4z3HmVkwtjuBB4Cv+37ma++zFREcoKObEVchMU4cpH570euyrvx/QzOFHViQBUBvpFxoGonFjsWetmoZOX/M+PR2CgXB7108XKjfOWayvS2oXOKaFM0W1qf+JyaQC0O27F4gCB+qXvGOLWVtuY+Kg7Pn/q2+YZWWhsDCLw9W8AJ3oGV0hmi7I/13jgxhaaSMb1VoDHcXnkA7SNjLk+znXBp53pBXEzqIsqt8XC5ThNivee1ayPBk/OjF8DbrVRRU52wIQ6QVfr/04SawIDAQABAoIBABTYYOjlJLD5rRk6qtrADMLSDohuCCni7vZ3XIVlzh+IcJebar8+0efZJAexJUQ6UzO1tuvoaYDq4Axb7nHeGrxuSpoEzt69VDO9IBNC+u18J60GA8x3YSDeRte/2wphpGBXr3JEJ0p79678oZbOuQaB3EzoxrtARV6GZlrjfEC39ZyIyLulUC2ySy5odJWwr7UyAA1dagIyftMr1FmgLJHodgaLDQsClb5OPt+QHFkpQy9GlDMSgnC4F0OQHRJSCpMvvaQHjaCwpACF9f9IPyg+OFZJwfMLiYYOI8aiU5U9EDFhh/YmUyLTELdMipAqu/jyUBgqxxs132DkEMXdFAECgYEA2tscYBp7BainXbtHIjN7oZpM1K37yMjNRg1TISwTIQW8pcTlL5KqNbpFgw+4ZD6XZ1AZOR/WQhS2fxZxh8uvB8raFuyh3fKTgbVsdux+NoloTklOYl5hcaqv9J94KG3IVEXBUKhgmPIAUhL2eL5lpuj0MOQUPu1dVRT/2Wi9v2ECgYEAw/XocG88I323sBxlz86p8/NQ7MymU1ZBGUI18BOuMfyUEbSmIpYUozA8Yp7w9EHmZjeybKZR40z0b+HZutDhjXlSa6JNY9B5xBuCbBbD3fInOzg84ST7nHlSRD5K8c+UHaLCX21xZQl8ExpHXJrovVlFnUnH4urat5Zi5z87oUsCgYEAhI74deE0KG5JyUUYxcdnF6/M33juK2QsqUSC2HHIuFSwObuzkYgFHnvPhJ2t8tHShJoIXQhCj03aZ8mhRD4DqvWb+Qyk0jkOTR8lLjb6D3BUxC40kvJVlTJsVv+MGPi9wQVrHL6Pm7Pgq9Wege3YxisNVNugw6ijwlfwy69cVqECgYBZXUhuFdwoF0nwj1LCzO1madzK0J09PgWb/jzYyjDTbOsdk/N7rFOnA/VVyEP8MB1hGh9NOx/29341k5qWfnGN8fjrSu3eChGtpBn7LvqNucO4VvI0fogcGJuysXG+CrryNOpNWHyw5f1mPMK0cZSX3SFJFH+KdS3fMT7TVFveNwKBgC8Do+Vz5nvZVydx8Bmpro9gVireLFiXtJ36RHZtGzbHd/i1H7FGhwpp/qZSYVJf7yj+GSacFXaWK/AIF5HUK3dmE1ZjbwNyCVvOfXLe3qHi5vplrv9kj1GbPQuVXAdF2lJfipkdcMpp+y8KVFNZPTpxrw9Mp5oyd7vUZlYsLnfH'),
('b73c4af5-ce60-43fe-b7d5-bf0c3b86f5eb','64829b48-3755-4dc9-9557-073527c9fa07','priority','100'),
('b7d1c2db-68ab-4184-a94c-7b7156cc9382','4d1952e7-29ba-4af2-8176-df263de3114a','max-clients','200'),
('b8956a89-a6a8-4aa6-8b4d-5fcbb70a3183','7d4d37c4-f132-4733-b9f2-a679826c278e','keyUse','SIG'),
('ba64b65a-15e0-409a-b2af-7fff07bafc29','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','saml-user-attribute-mapper'),
('bf701b49-2022-4532-bcf6-2c66ee4058f9','ee449313-5f1c-4e2c-87f3-7d1d05f2c2fb','algorithm','HS512'),
('cb77f30e-ba9b-4e57-aef3-5e557b95cca8','b6f9500d-d0fa-45a3-b1c1-ba12f0b7f8ff','host-sending-registration-request-must-match','true'),
('cc1a32b3-b71b-4a4e-b53b-33809f6a89de','842edba8-0f10-4140-ba71-e1a14e2a4696','priority','100'),
('d0176dc7-25b2-4b9d-a457-318e4e9399b0','590291df-c063-4a02-8ac7-d295edd2b813','kid','2b773095-df23-4549-9f62-41ba02ee55c9'),
('d1b663ba-b781-4506-ad87-b7ab13d5cf1f','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','saml-user-property-mapper'),
('d3accb12-c172-4d86-bc17-458710fef992','3eee8839-839b-44e9-bc5a-b963a0b8e72e','keyUse','ENC'),
('d5b7f723-09b6-4dfa-9475-422b2c2283bc','28230171-007f-454b-b09b-c292d29eae7d','client-uris-must-match','true'),
('d9fa2fa0-78df-4615-ba3b-2f943a18a903','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','oidc-sha256-pairwise-sub-mapper'),
('de36ebeb-a786-4a48-ab1f-e0ed64a0aff4','d64d704a-eeda-4324-b0b3-4e299e845c26','allow-default-scopes','true'),
('e3e77791-e7a0-4b80-8f65-873781e62c88','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','oidc-sha256-pairwise-sub-mapper'),
('e4c345f3-2082-44ee-9e48-ac84a0b283f3','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','oidc-full-name-mapper'),
('e524791b-b289-465b-ad3a-73cf64bfe50e','d446e9dc-b9cd-4d28-9de9-3a6cae47592a','allowed-protocol-mapper-types','oidc-usermodel-property-mapper'),
('e6a15d09-b828-4ef5-bb2a-6f7f1621d8a0','3eee8839-839b-44e9-bc5a-b963a0b8e72e','algorithm','RSA-OAEP'),
('ee714570-8faf-43ea-9a71-92f8276e23c8','ee449313-5f1c-4e2c-87f3-7d1d05f2c2fb','secret','uPJfn21ikJuzAq4NqPOb9Df0ox2lrEXAloWthmW1Kt_6eQlU90Ii4fK9XZJLB_ESKSqNgoih38LxumtVcm0SZbjOmVLkiNod7bugT7DuLK6-daUyMO-ZlDCMr_27aSKh2v3q2PIJ2nge1C1uQqeCZ4ujmKmpIUDKYpGBaFzEr8Y'),
('f275f930-1aef-4288-9367-93a6cb588c1b','72168bb8-dcda-4868-aae1-c9de874e4701','allowed-protocol-mapper-types','oidc-usermodel-property-mapper'),
('f307f5dc-660d-4ab5-b647-34207c65f71f','ef99a2e1-75cf-4a55-aa11-ce20ddb6b6d4','allowed-protocol-mapper-types','oidc-address-mapper'),
('fbe27ec1-d200-4dab-b6bb-75b48de8ba0b','bd894f89-4da9-4614-80da-c127fd3d2b29','allowed-protocol-mapper-types','saml-role-list-mapper'),
('fbe4e90d-5fef-4dee-a1d9-9bc827a87213','3805f418-198f-4946-a094-8b9f2448222f','keyUse','ENC');
/*!40000 ALTER TABLE `COMPONENT_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `COMPOSITE_ROLE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `COMPOSITE_ROLE` (
  `COMPOSITE` varchar(36) NOT NULL,
  `CHILD_ROLE` varchar(36) NOT NULL,
  PRIMARY KEY (`COMPOSITE`,`CHILD_ROLE`),
  KEY `IDX_COMPOSITE` (`COMPOSITE`),
  KEY `IDX_COMPOSITE_CHILD` (`CHILD_ROLE`),
  CONSTRAINT `FK_A63WVEKFTU8JO1PNJ81E7MCE2` FOREIGN KEY (`COMPOSITE`) REFERENCES `KEYCLOAK_ROLE` (`ID`),
  CONSTRAINT `FK_GR7THLLB9LU8Q4VQA4524JJY8` FOREIGN KEY (`CHILD_ROLE`) REFERENCES `KEYCLOAK_ROLE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `COMPOSITE_ROLE` WRITE;
/*!40000 ALTER TABLE `COMPOSITE_ROLE` DISABLE KEYS */;
INSERT INTO `COMPOSITE_ROLE` VALUES
('17a2f996-3abc-47af-bbb8-df185e692d85','adfa7f5d-7354-4b53-bb0e-ecefe333fc99'),
('22ffbe90-8cd1-4564-bb19-ad00e2a86b01','790fb19e-6791-4c0e-bc17-5ea95d2c7473'),
('233208a8-b9ff-4f6a-9553-805a7d34dfc3','a19e1a69-77f7-4a2e-acf5-b760453fd531'),
('304c9451-8d78-4adb-bf55-1627bd521e3d','691c148e-c5e6-4735-bcdf-4c2202b685a6'),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','824a4471-e2ee-492f-9ea7-0f24ab6c62ac'),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','ad0a431f-31f0-4c61-a452-7a4dea65b09b'),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','c4aa603b-3491-4be8-b5cb-07199a1801ea'),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','eab1af5a-1128-4e20-a05f-396c7d7516ab'),
('5d9e57a8-3140-4768-a165-22c919b19ad2','663227c2-b692-4fa9-8916-fe42c727a627'),
('5d9e57a8-3140-4768-a165-22c919b19ad2','d6df43b5-4634-4cfb-9f42-e1baa04e6d83'),
('6242067c-86b8-434c-8671-99a8b3a03578','32018742-f133-40aa-97aa-097c98a4e9ee'),
('6242067c-86b8-434c-8671-99a8b3a03578','4f1d65be-0f66-4ca9-8909-5e6138fd8b39'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','17a2f996-3abc-47af-bbb8-df185e692d85'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','1b33169a-08c6-49d5-ae0e-c68fcc0ece01'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','2e14c127-95f6-4c5d-8973-68428391a6fd'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','32018742-f133-40aa-97aa-097c98a4e9ee'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','41e6ad97-70b6-4609-a5e1-0337495b5199'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','4f1d65be-0f66-4ca9-8909-5e6138fd8b39'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','5f5d00ce-c0f5-4d1d-b376-2f97c9947972'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','6242067c-86b8-434c-8671-99a8b3a03578'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','8162482e-4cdc-4c6c-b5cc-219a21f34f09'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','89382555-1d27-4846-8949-3fb775302625'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','978ca674-582d-4710-a68d-09d5e5834776'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','990fe576-ef9c-4f13-83c5-d8b9203d766e'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','9e9ddbe4-6670-4a33-800a-250bb075ae88'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','adfa7f5d-7354-4b53-bb0e-ecefe333fc99'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','b627f124-f1cb-4e27-ad30-79977e38adfb'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','bc1717d8-1ae5-4616-8d20-856c71d1f965'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','bf27a8b9-eaa0-453d-a782-5caeae6c2b93'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','c6dd005b-00aa-4823-899b-3b8a7fd75b23'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','e222e82a-3086-44d5-b14e-70a7972ed8bb'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','ec000cc0-db68-4b34-b202-c0f874a197e5'),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','f2d23dcb-0657-48dc-adcb-d1fdb471f8d9'),
('7849380a-741e-4c30-9de4-dd35c9a622ca','2d5619f2-ea9b-42fc-8ab7-48b57d536944'),
('7a3f05ae-9dac-445c-a4ed-3e9783d222f8','30acbb4a-5d4b-4325-8766-dd98ced1153e'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','003b2813-9904-48f9-b061-ee060a7a5654'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','0555bdfc-0fe1-4aa0-8ab7-bd08e2702572'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','080ef2d4-854e-4bb3-ba9c-a50f0ce2fd77'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','22964ce3-106d-4ba0-9de4-6903cbc00544'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','22ffbe90-8cd1-4564-bb19-ad00e2a86b01'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','233208a8-b9ff-4f6a-9553-805a7d34dfc3'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','25f85a07-c6cb-43c1-b2d9-61d94be736f5'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','2a2f6e95-9553-45a3-9c00-2192ae99f2c1'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','304c9451-8d78-4adb-bf55-1627bd521e3d'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','30acbb4a-5d4b-4325-8766-dd98ced1153e'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','3ecab27a-69c5-4c19-a49d-20eacc4a966e'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','433ac986-3ed6-4b9a-aea3-3d28d2b201c7'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','4d9b6227-0c6f-4f72-be83-f7bb126066d8'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','5d9e57a8-3140-4768-a165-22c919b19ad2'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','62ece0b9-56cb-49a5-b5bb-3862aba86048'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','66226993-20a6-411b-a6be-3479e60e2846'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','663227c2-b692-4fa9-8916-fe42c727a627'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','691c148e-c5e6-4735-bcdf-4c2202b685a6'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','6be6a013-bb9c-4f1d-afcf-8ce8bd7bb27a'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','782d8daa-dec1-4ffe-9947-9f01a4f9ca61'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','790fb19e-6791-4c0e-bc17-5ea95d2c7473'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','7a3f05ae-9dac-445c-a4ed-3e9783d222f8'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','7daba47c-69df-42cb-adb3-ff5a2d5d32ae'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','906b4328-f1c5-4808-b3fc-45b5aea8160e'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','9b80db90-c270-41c2-b23a-38ab622ed800'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','9ffceeda-b264-45ff-9f09-340376dfe675'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','a19e1a69-77f7-4a2e-acf5-b760453fd531'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','a5f73309-718f-47af-b76c-c819a2fa0119'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','a7008507-14e9-47a5-94d6-7377a8b87518'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','aafb8e4a-e04c-4b71-b7c2-2fc72fd6202d'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','aca1c4e6-1221-4f99-9a62-34db0de6a60a'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','b04eabd0-e7ee-4338-b3c4-2ec119a2b00b'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','b1c6308a-83e4-409b-ab39-d48340ef4f86'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','b4b270be-cb7a-42c1-8036-9ed06d215cf8'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','c34f8293-c634-4675-b66e-71d88a9dc3fe'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','ca672bf2-11fb-489b-bc8d-b341c9be12c1'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','d6df43b5-4634-4cfb-9f42-e1baa04e6d83'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','e10035cc-585d-4f79-a6bc-34ac9fe87c9a'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','e37eebed-8879-4b0c-a93a-09dc9b4b9c0b'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','e4caec58-dcc5-4d3a-b0b6-9a6914d8ebe8'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','f141dd41-bf1a-4479-a7f4-ec2f9f2e1bfd'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','f453c964-0759-4357-823d-3e7f352bcd0a'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','fc52da2a-a970-480f-ac8b-6d344e8a59cb'),
('a05a70d4-2714-4522-a25a-98a276df379a','861c623c-55be-4925-8570-739b40223b57'),
('a5f73309-718f-47af-b76c-c819a2fa0119','aca1c4e6-1221-4f99-9a62-34db0de6a60a'),
('a5f73309-718f-47af-b76c-c819a2fa0119','e4caec58-dcc5-4d3a-b0b6-9a6914d8ebe8'),
('bc1717d8-1ae5-4616-8d20-856c71d1f965','5f5d00ce-c0f5-4d1d-b376-2f97c9947972'),
('c4aa603b-3491-4be8-b5cb-07199a1801ea','48b32d3b-ef9e-4bbb-9c8c-24946f8248f6'),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','3c5f702c-9380-40cc-8474-0ebabb1f29ea'),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','a05a70d4-2714-4522-a25a-98a276df379a'),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','a97030b9-80c2-4a95-87cb-9e0a5f5f2127'),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','b6dc816b-d067-4a7b-a6b0-36449fb331c2'),
('e661b618-674a-46f0-9051-453d059eb466','573f3580-4e22-4480-b0de-a2f3e174211c');
/*!40000 ALTER TABLE `COMPOSITE_ROLE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `SALT` tinyblob DEFAULT NULL,
  `TYPE` varchar(255) DEFAULT NULL,
  `USER_ID` varchar(36) DEFAULT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `USER_LABEL` varchar(255) DEFAULT NULL,
  `SECRET_DATA` longtext DEFAULT NULL,
  `CREDENTIAL_DATA` longtext DEFAULT NULL,
  `PRIORITY` int(11) DEFAULT NULL,
  `VERSION` int(11) DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `IDX_USER_CREDENTIAL` (`USER_ID`),
  CONSTRAINT `FK_PFYR0GLASQYL0DEI3KL69R6V0` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `CREDENTIAL` DISABLE KEYS */;
INSERT INTO `CREDENTIAL` VALUES
('2dde2ab9-70cf-4fbe-b043-cfb1b7037a57',NULL,'password','5f36ebbe-7863-4027-ba49-dcfe6bf4da7a',1796413612176,NULL,'{\"value\":\"J8hwm094h9p6D5bU9iY+q82OfQSCX6EbZy0DNAgPXEo=\",\"salt\":\"lmIIFwaNSVL9sjV8oikdSQ==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('3a2e0379-3842-4297-b87e-afc1b8cddd0b',NULL,'password','447d6416-baae-42f3-9174-549a9a5b7d52',1796413615484,NULL,'{\"value\":\"9H7doWFD6CjH7+FLZESWElzOwAgD0nsc6pC4iO9+n9I=\",\"salt\":\"03GAWiA1NlvEA0/utT5ssw==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('5f0f50ec-e348-41d1-947b-4a42a9f13a66',NULL,'otp','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413615932,'Authenticator app','{\"value\":\"upgrade-fixture-totp-secret-20\"}','{\"period\":30,\"subType\":\"totp\",\"digits\":6,\"algorithm\":\"HmacSHA1\",\"counter\":0}',20,0),
('6131e810-a40e-49ad-9642-bc04b30d8e31',NULL,'password','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413615930,NULL,'{\"value\":\"91x6Rc+aAAx3P3J6FDEKExJ0qZuHcmosk1LzXyefdwY=\",\"salt\":\"7AFJJBbFKjDurUVDbjTBOA==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('6ace5308-01b0-4a56-b88c-376dc094fbdd',NULL,'password','85d1e736-e063-4405-80ad-390b018dc50d',1796413612080,NULL,'{\"value\":\"9u6k3eROJhA3ShEFGQ8WmsOlB7eHC7vNJUmh1UwjonM=\",\"salt\":\"OdwV/ERpvvonDVB+sg2Crw==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('72efa40a-4d95-4435-8270-f300bdef8dbe',NULL,'password','848f4800-9ed0-4342-b204-1055bcfa6d10',1796413614151,NULL,'{\"value\":\"4lMErAfo7+icyAuwMO+iA1UXPYIDi6cGJ2gM7D5g0yg=\",\"salt\":\"vKR8uGmyhlQMoh9cFjx8Yw==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('792141c7-871b-44bd-92b2-c16334d9dc64',NULL,'password','a8c5e3b8-0547-4a18-8afe-306584fda2c9',1796413611981,NULL,'{\"value\":\"CJFLgwxFY661K1Pygx+Ivgcp6aJ7czzZHCQ+I5cWIdw=\",\"salt\":\"SRlD7h7xzJ9CopqR6s1NSQ==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('7d500b32-2a3c-4a48-a5f3-81f275647ab0',NULL,'secure-access-phone','447d6416-baae-42f3-9174-549a9a5b7d52',1796413615538,'(•••) •••-0181','{}','{\"phoneNumber\":\"+12025550181\"}',20,0),
('a3a09c74-5804-4b02-9b0f-113f45574601',NULL,'password','48ef0874-2d06-41de-b556-94048ceae6d0',1796413612282,NULL,'{\"value\":\"eWETNcH+tqj+XgVKabV09csdYk6T4cdrOQJLJlyn7NU=\",\"salt\":\"yNwV9AGnk6esg0KAw5e/QA==\",\"additionalParameters\":{}}','{\"hashIterations\":5,\"algorithm\":\"argon2\",\"additionalParameters\":{\"hashLength\":[\"32\"],\"memory\":[\"7168\"],\"type\":[\"id\"],\"version\":[\"1.3\"],\"parallelism\":[\"1\"]}}',10,0),
('a7a8a857-2a8a-4098-8ffd-784e9074092e',NULL,'otp','48ef0874-2d06-41de-b556-94048ceae6d0',1796413612283,'Authenticator app','{\"value\": \"SecureAccessDemoAppSecret\"}','{\"subType\": \"totp\", \"digits\": 6, \"counter\": 0, \"period\": 30, \"algorithm\": \"HmacSHA1\"}',10,0),
('be5830c1-c8e3-4188-b146-36b9f7f6e668',NULL,'otp','85d1e736-e063-4405-80ad-390b018dc50d',1796413612086,'Authenticator app','{\"value\": \"SecureAccessDemoAppSecret\"}','{\"subType\": \"totp\", \"digits\": 6, \"counter\": 0, \"period\": 30, \"algorithm\": \"HmacSHA1\"}',10,0);
/*!40000 ALTER TABLE `CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG` VALUES
('1.0.0.Final-KEYCLOAK-5461','sthorger@redhat.com','META-INF/db2-jpa-changelog-1.0.0.Final.xml','2026-12-04 19:46:39',2,'MARK_RAN','9:828775b1596a07d1200ba1d49e5e3941','createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.0.0.Final-KEYCLOAK-5461','sthorger@redhat.com','META-INF/jpa-changelog-1.0.0.Final.xml','2026-12-04 19:46:39',1,'EXECUTED','9:6f1016664e21e16d26517a4418f5e3df','createTable tableName=APPLICATION_DEFAULT_ROLES; createTable tableName=CLIENT; createTable tableName=CLIENT_SESSION; createTable tableName=CLIENT_SESSION_ROLE; createTable tableName=COMPOSITE_ROLE; createTable tableName=CREDENTIAL; createTable tab...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.1.0.Beta1','sthorger@redhat.com','META-INF/jpa-changelog-1.1.0.Beta1.xml','2026-12-04 19:46:39',3,'EXECUTED','9:5f090e44a7d595883c1fb61f4b41fd38','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=CLIENT_ATTRIBUTES; createTable tableName=CLIENT_SESSION_NOTE; createTable tableName=APP_NODE_REGISTRATIONS; addColumn table...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.1.0.Final','sthorger@redhat.com','META-INF/jpa-changelog-1.1.0.Final.xml','2026-12-04 19:46:39',4,'EXECUTED','9:c07e577387a3d2c04d1adc9aaad8730e','renameColumn newColumnName=EVENT_TIME, oldColumnName=TIME, tableName=EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.2.0.Beta1','psilva@redhat.com','META-INF/db2-jpa-changelog-1.2.0.Beta1.xml','2026-12-04 19:46:39',6,'MARK_RAN','9:543b5c9989f024fe35c6f6c5a97de88e','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.2.0.Beta1','psilva@redhat.com','META-INF/jpa-changelog-1.2.0.Beta1.xml','2026-12-04 19:46:39',5,'EXECUTED','9:b68ce996c655922dbcd2fe6b6ae72686','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION; createTable tableName=PROTOCOL_MAPPER; createTable tableName=PROTOCOL_MAPPER_CONFIG; createTable tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.2.0.Final','keycloak','META-INF/jpa-changelog-1.2.0.Final.xml','2026-12-04 19:46:40',9,'EXECUTED','9:9d05c7be10cdb873f8bcb41bc3a8ab23','update tableName=CLIENT; update tableName=CLIENT; update tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.2.0.RC1','bburke@redhat.com','META-INF/db2-jpa-changelog-1.2.0.CR1.xml','2026-12-04 19:46:40',8,'MARK_RAN','9:db4a145ba11a6fdaefb397f6dbf829a1','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.2.0.RC1','bburke@redhat.com','META-INF/jpa-changelog-1.2.0.CR1.xml','2026-12-04 19:46:40',7,'EXECUTED','9:765afebbe21cf5bbca048e632df38336','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=MIGRATION_MODEL; createTable tableName=IDENTITY_P...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.3.0','bburke@redhat.com','META-INF/jpa-changelog-1.3.0.xml','2026-12-04 19:46:40',10,'EXECUTED','9:18593702353128d53111f9b1ff0b82b8','delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete tableName=USER_SESSION; createTable tableName=ADMI...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.4.0','bburke@redhat.com','META-INF/db2-jpa-changelog-1.4.0.xml','2026-12-04 19:46:40',12,'MARK_RAN','9:e1ff28bf7568451453f844c5d54bb0b5','delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.4.0','bburke@redhat.com','META-INF/jpa-changelog-1.4.0.xml','2026-12-04 19:46:40',11,'EXECUTED','9:6122efe5f090e41a85c0f1c9e52cbb62','delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.5.0','bburke@redhat.com','META-INF/jpa-changelog-1.5.0.xml','2026-12-04 19:46:40',13,'EXECUTED','9:7af32cd8957fbc069f796b61217483fd','delete tableName=CLIENT_SESSION_AUTH_STATUS; delete tableName=CLIENT_SESSION_ROLE; delete tableName=CLIENT_SESSION_PROT_MAPPER; delete tableName=CLIENT_SESSION_NOTE; delete tableName=CLIENT_SESSION; delete tableName=USER_SESSION_NOTE; delete table...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.6.1','mposolda@redhat.com','META-INF/jpa-changelog-1.6.1.xml','2026-12-04 19:46:40',17,'EXECUTED','9:d41d8cd98f00b204e9800998ecf8427e','empty','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.6.1_from15','mposolda@redhat.com','META-INF/jpa-changelog-1.6.1.xml','2026-12-04 19:46:40',14,'EXECUTED','9:6005e15e84714cd83226bf7879f54190','addColumn tableName=REALM; addColumn tableName=KEYCLOAK_ROLE; addColumn tableName=CLIENT; createTable tableName=OFFLINE_USER_SESSION; createTable tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_US_SES_PK2, tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.6.1_from16','mposolda@redhat.com','META-INF/jpa-changelog-1.6.1.xml','2026-12-04 19:46:40',16,'MARK_RAN','9:f8dadc9284440469dcf71e25ca6ab99b','dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_US_SES_PK, tableName=OFFLINE_USER_SESSION; dropPrimaryKey constraintName=CONSTRAINT_OFFLINE_CL_SES_PK, tableName=OFFLINE_CLIENT_SESSION; addColumn tableName=OFFLINE_USER_SESSION; update tableName=OF...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.6.1_from16-pre','mposolda@redhat.com','META-INF/jpa-changelog-1.6.1.xml','2026-12-04 19:46:40',15,'MARK_RAN','9:bf656f5a2b055d07f314431cae76f06c','delete tableName=OFFLINE_CLIENT_SESSION; delete tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.7.0','bburke@redhat.com','META-INF/jpa-changelog-1.7.0.xml','2026-12-04 19:46:40',18,'EXECUTED','9:3368ff0be4c2855ee2dd9ca813b38d8e','createTable tableName=KEYCLOAK_GROUP; createTable tableName=GROUP_ROLE_MAPPING; createTable tableName=GROUP_ATTRIBUTE; createTable tableName=USER_GROUP_MEMBERSHIP; createTable tableName=REALM_DEFAULT_GROUPS; addColumn tableName=IDENTITY_PROVIDER; ...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.8.0','mposolda@redhat.com','META-INF/db2-jpa-changelog-1.8.0.xml','2026-12-04 19:46:40',21,'MARK_RAN','9:831e82914316dc8a57dc09d755f23c51','addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.8.0','mposolda@redhat.com','META-INF/jpa-changelog-1.8.0.xml','2026-12-04 19:46:40',19,'EXECUTED','9:8ac2fb5dd030b24c0570a763ed75ed20','addColumn tableName=IDENTITY_PROVIDER; createTable tableName=CLIENT_TEMPLATE; createTable tableName=CLIENT_TEMPLATE_ATTRIBUTES; createTable tableName=TEMPLATE_SCOPE_MAPPING; dropNotNullConstraint columnName=CLIENT_ID, tableName=PROTOCOL_MAPPER; ad...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.8.0-2','keycloak','META-INF/db2-jpa-changelog-1.8.0.xml','2026-12-04 19:46:40',22,'MARK_RAN','9:f91ddca9b19743db60e3057679810e6c','dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.8.0-2','keycloak','META-INF/jpa-changelog-1.8.0.xml','2026-12-04 19:46:40',20,'EXECUTED','9:f91ddca9b19743db60e3057679810e6c','dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; update tableName=CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.9.0','mposolda@redhat.com','META-INF/jpa-changelog-1.9.0.xml','2026-12-04 19:46:40',23,'EXECUTED','9:bc3d0f9e823a69dc21e23e94c7a94bb1','update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=REALM; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=REALM; update tableName=REALM; customChange; dr...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.9.1','keycloak','META-INF/db2-jpa-changelog-1.9.1.xml','2026-12-04 19:46:40',25,'MARK_RAN','9:0d6c65c6f58732d81569e77b10ba301d','modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.9.1','keycloak','META-INF/jpa-changelog-1.9.1.xml','2026-12-04 19:46:40',24,'EXECUTED','9:c9999da42f543575ab790e76439a2679','modifyDataType columnName=PRIVATE_KEY, tableName=REALM; modifyDataType columnName=PUBLIC_KEY, tableName=REALM; modifyDataType columnName=CERTIFICATE, tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('1.9.2','keycloak','META-INF/jpa-changelog-1.9.2.xml','2026-12-04 19:46:40',26,'EXECUTED','9:fc576660fc016ae53d2d4778d84d86d0','createIndex indexName=IDX_USER_EMAIL, tableName=USER_ENTITY; createIndex indexName=IDX_USER_ROLE_MAPPING, tableName=USER_ROLE_MAPPING; createIndex indexName=IDX_USER_GROUP_MAPPING, tableName=USER_GROUP_MEMBERSHIP; createIndex indexName=IDX_USER_CO...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('12.1.0-add-realm-localization-table','keycloak','META-INF/jpa-changelog-12.0.0.xml','2026-12-04 19:46:42',88,'EXECUTED','9:fffabce2bc01e1a8f5110d5278500065','createTable tableName=REALM_LOCALIZATIONS; addPrimaryKey tableName=REALM_LOCALIZATIONS','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('13.0.0-increase-column-size-federated','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',94,'EXECUTED','9:43c0c1055b6761b4b3e89de76d612ccf','modifyDataType columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; modifyDataType columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('13.0.0-KEYCLOAK-16844','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',91,'EXECUTED','9:ad1194d66c937e3ffc82386c050ba089','createIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('13.0.0-KEYCLOAK-17992-drop-constraints','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',93,'MARK_RAN','9:544d201116a0fcc5a5da0925fbbc3bde','dropPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CLSCOPE_CL, tableName=CLIENT_SCOPE_CLIENT; dropIndex indexName=IDX_CL_CLSCOPE, tableName=CLIENT_SCOPE_CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('13.0.0-KEYCLOAK-17992-recreate-constraints','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',95,'MARK_RAN','9:8bd711fd0330f4fe980494ca43ab1139','addNotNullConstraint columnName=CLIENT_ID, tableName=CLIENT_SCOPE_CLIENT; addNotNullConstraint columnName=SCOPE_ID, tableName=CLIENT_SCOPE_CLIENT; addPrimaryKey constraintName=C_CLI_SCOPE_BIND, tableName=CLIENT_SCOPE_CLIENT; createIndex indexName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('14.0.0-KEYCLOAK-11019','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',97,'EXECUTED','9:24fb8611e97f29989bea412aa38d12b7','createIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USER, tableName=OFFLINE_USER_SESSION; createIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('14.0.0-KEYCLOAK-18286','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',98,'MARK_RAN','9:259f89014ce2506ee84740cbf7163aa7','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('14.0.0-KEYCLOAK-18286-revert','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',99,'MARK_RAN','9:04baaf56c116ed19951cbc2cca584022','dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('14.0.0-KEYCLOAK-18286-supported-dbs','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',100,'EXECUTED','9:bd2bd0fc7768cf0845ac96a8786fa735','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('14.0.0-KEYCLOAK-18286-unsupported-dbs','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',101,'MARK_RAN','9:d3d977031d431db16e2c181ce49d73e9','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('15.0.0-KEYCLOAK-18467','keycloak','META-INF/jpa-changelog-15.0.0.xml','2026-12-04 19:46:42',104,'EXECUTED','9:47a760639ac597360a8219f5b768b4de','addColumn tableName=REALM_LOCALIZATIONS; update tableName=REALM_LOCALIZATIONS; dropColumn columnName=TEXTS, tableName=REALM_LOCALIZATIONS; renameColumn newColumnName=TEXTS, oldColumnName=TEXTS_NEW, tableName=REALM_LOCALIZATIONS; addNotNullConstrai...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('17.0.0-9562','keycloak','META-INF/jpa-changelog-17.0.0.xml','2026-12-04 19:46:42',105,'EXECUTED','9:a6272f0576727dd8cad2522335f5d99e','createIndex indexName=IDX_USER_SERVICE_ACCOUNT, tableName=USER_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('18.0.0-10625-IDX_ADMIN_EVENT_TIME','keycloak','META-INF/jpa-changelog-18.0.0.xml','2026-12-04 19:46:42',106,'EXECUTED','9:015479dbd691d9cc8669282f4828c41d','createIndex indexName=IDX_ADMIN_EVENT_TIME, tableName=ADMIN_EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('18.0.15-30992-index-consent','keycloak','META-INF/jpa-changelog-18.0.15.xml','2026-12-04 19:46:42',107,'EXECUTED','9:80071ede7a05604b1f4906f3bf3b00f0','createIndex indexName=IDX_USCONSENT_SCOPE_ID, tableName=USER_CONSENT_CLIENT_SCOPE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('19.0.0-10135','keycloak','META-INF/jpa-changelog-19.0.0.xml','2026-12-04 19:46:42',108,'EXECUTED','9:9518e495fdd22f78ad6425cc30630221','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.1.0-KEYCLOAK-5461','bburke@redhat.com','META-INF/jpa-changelog-2.1.0.xml','2026-12-04 19:46:40',29,'EXECUTED','9:bd88e1f833df0420b01e114533aee5e8','createTable tableName=BROKER_LINK; createTable tableName=FED_USER_ATTRIBUTE; createTable tableName=FED_USER_CONSENT; createTable tableName=FED_USER_CONSENT_ROLE; createTable tableName=FED_USER_CONSENT_PROT_MAPPER; createTable tableName=FED_USER_CR...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.2.0','bburke@redhat.com','META-INF/jpa-changelog-2.2.0.xml','2026-12-04 19:46:40',30,'EXECUTED','9:a7022af5267f019d020edfe316ef4371','addColumn tableName=ADMIN_EVENT_ENTITY; createTable tableName=CREDENTIAL_ATTRIBUTE; createTable tableName=FED_CREDENTIAL_ATTRIBUTE; modifyDataType columnName=VALUE, tableName=CREDENTIAL; addForeignKeyConstraint baseTableName=FED_CREDENTIAL_ATTRIBU...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.3.0','bburke@redhat.com','META-INF/jpa-changelog-2.3.0.xml','2026-12-04 19:46:40',31,'EXECUTED','9:fc155c394040654d6a79227e56f5e25a','createTable tableName=FEDERATED_USER; addPrimaryKey constraintName=CONSTR_FEDERATED_USER, tableName=FEDERATED_USER; dropDefaultValue columnName=TOTP, tableName=USER_ENTITY; dropColumn columnName=TOTP, tableName=USER_ENTITY; addColumn tableName=IDE...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.4.0','bburke@redhat.com','META-INF/jpa-changelog-2.4.0.xml','2026-12-04 19:46:40',32,'EXECUTED','9:eac4ffb2a14795e5dc7b426063e54d88','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.0','bburke@redhat.com','META-INF/jpa-changelog-2.5.0.xml','2026-12-04 19:46:40',33,'EXECUTED','9:54937c05672568c4c64fc9524c1e9462','customChange; modifyDataType columnName=USER_ID, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.0-duplicate-email-support','slawomir@dabek.name','META-INF/jpa-changelog-2.5.0.xml','2026-12-04 19:46:40',36,'EXECUTED','9:61b6d3d7a4c0e0024b0c839da283da0c','addColumn tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.0-unicode-oracle','hmlnarik@redhat.com','META-INF/jpa-changelog-2.5.0.xml','2026-12-04 19:46:40',34,'MARK_RAN','9:252fbef00e9f3ea1a5a14fc2d1557cd1','modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.0-unicode-other-dbs','hmlnarik@redhat.com','META-INF/jpa-changelog-2.5.0.xml','2026-12-04 19:46:40',35,'EXECUTED','9:33d72168746f81f98ae3a1e8e0ca3554','modifyDataType columnName=DESCRIPTION, tableName=AUTHENTICATION_FLOW; modifyDataType columnName=DESCRIPTION, tableName=CLIENT_TEMPLATE; modifyDataType columnName=DESCRIPTION, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=DESCRIPTION,...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.0-unique-group-names','hmlnarik@redhat.com','META-INF/jpa-changelog-2.5.0.xml','2026-12-04 19:46:40',37,'EXECUTED','9:8dcac7bdf7378e7d823cdfddebf72fda','addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('2.5.1','bburke@redhat.com','META-INF/jpa-changelog-2.5.1.xml','2026-12-04 19:46:40',38,'EXECUTED','9:a2b870802540cb3faa72098db5388af3','addColumn tableName=FED_USER_CONSENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('20.0.0-12964-supported-dbs','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',109,'EXECUTED','9:f2e1331a71e0aa85e5608fe42f7f681c','createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('20.0.0-12964-supported-dbs-edb-migration','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',110,'MARK_RAN','9:a6b18a8e38062df5793edbe064f4aecd','dropIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE; createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('20.0.0-12964-unsupported-dbs','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',111,'MARK_RAN','9:1a6fcaa85e20bdeae0a9ce49b41946a5','createIndex indexName=IDX_GROUP_ATT_BY_NAME_VALUE, tableName=GROUP_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('21.0.2-17277','keycloak','META-INF/jpa-changelog-21.0.2.xml','2026-12-04 19:46:42',115,'EXECUTED','9:7ee1f7a3fb8f5588f171fb9a6ab623c0','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('21.1.0-19404','keycloak','META-INF/jpa-changelog-21.1.0.xml','2026-12-04 19:46:42',116,'EXECUTED','9:3d7e830b52f33676b9d64f7f2b2ea634','modifyDataType columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=LOGIC, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=POLICY_ENFORCE_MODE, tableName=RESOURCE_SERVER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('21.1.0-19404-2','keycloak','META-INF/jpa-changelog-21.1.0.xml','2026-12-04 19:46:42',117,'MARK_RAN','9:627d032e3ef2c06c0e1f73d2ae25c26c','addColumn tableName=RESOURCE_SERVER_POLICY; update tableName=RESOURCE_SERVER_POLICY; dropColumn columnName=DECISION_STRATEGY, tableName=RESOURCE_SERVER_POLICY; renameColumn newColumnName=DECISION_STRATEGY, oldColumnName=DECISION_STRATEGY_NEW, tabl...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('22.0.0-17484-updated','keycloak','META-INF/jpa-changelog-22.0.0.xml','2026-12-04 19:46:42',118,'EXECUTED','9:90af0bfd30cafc17b9f4d6eccd92b8b3','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('22.0.5-24031','keycloak','META-INF/jpa-changelog-22.0.0.xml','2026-12-04 19:46:42',119,'MARK_RAN','9:a60d2d7b315ec2d3eba9e2f145f9df28','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('23.0.0-12062','keycloak','META-INF/jpa-changelog-23.0.0.xml','2026-12-04 19:46:42',120,'EXECUTED','9:2168fbe728fec46ae9baf15bf80927b8','addColumn tableName=COMPONENT_CONFIG; update tableName=COMPONENT_CONFIG; dropColumn columnName=VALUE, tableName=COMPONENT_CONFIG; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=COMPONENT_CONFIG','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('23.0.0-17258','keycloak','META-INF/jpa-changelog-23.0.0.xml','2026-12-04 19:46:42',121,'EXECUTED','9:36506d679a83bbfda85a27ea1864dca8','addColumn tableName=EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.0-26618-drop-index-if-present','keycloak','META-INF/jpa-changelog-24.0.0.xml','2026-12-04 19:46:42',124,'MARK_RAN','9:04baaf56c116ed19951cbc2cca584022','dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.0-26618-edb-migration','keycloak','META-INF/jpa-changelog-24.0.0.xml','2026-12-04 19:46:42',126,'MARK_RAN','9:2f684b29d414cd47efe3a3599f390741','dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES; createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.0-26618-reindex','keycloak','META-INF/jpa-changelog-24.0.0.xml','2026-12-04 19:46:42',125,'EXECUTED','9:bd2bd0fc7768cf0845ac96a8786fa735','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.0-9758','keycloak','META-INF/jpa-changelog-24.0.0.xml','2026-12-04 19:46:42',122,'EXECUTED','9:502c557a5189f600f0f445a9b49ebbce','addColumn tableName=USER_ATTRIBUTE; addColumn tableName=FED_USER_ATTRIBUTE; createIndex indexName=USER_ATTR_LONG_VALUES, tableName=USER_ATTRIBUTE; createIndex indexName=FED_USER_ATTR_LONG_VALUES, tableName=FED_USER_ATTRIBUTE; createIndex indexName...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.0-9758-2','keycloak','META-INF/jpa-changelog-24.0.0.xml','2026-12-04 19:46:42',123,'EXECUTED','9:bf0fdee10afdf597a987adbf291db7b2','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.2-27228','keycloak','META-INF/jpa-changelog-24.0.2.xml','2026-12-04 19:46:42',127,'EXECUTED','9:eaee11f6b8aa25d2cc6a84fb86fc6238','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.2-27967-drop-index-if-present','keycloak','META-INF/jpa-changelog-24.0.2.xml','2026-12-04 19:46:42',128,'MARK_RAN','9:04baaf56c116ed19951cbc2cca584022','dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('24.0.2-27967-reindex','keycloak','META-INF/jpa-changelog-24.0.2.xml','2026-12-04 19:46:42',129,'MARK_RAN','9:d3d977031d431db16e2c181ce49d73e9','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-2-mysql','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',136,'EXECUTED','9:b7ef76036d3126bb83c2423bf4d449d6','createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-2-not-mysql','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',137,'MARK_RAN','9:23396cf51ab8bc1ae6f0cac7f9f6fcf7','createIndex indexName=IDX_OFFLINE_USS_BY_BROKER_SESSION_ID, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-cleanup-css-preload','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',135,'EXECUTED','9:5411d2fb2891d3e8d63ddb55dfa3c0c9','dropIndex indexName=IDX_OFFLINE_CSS_PRELOAD, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-cleanup-uss-by-usersess','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',134,'EXECUTED','9:6eee220d024e38e89c799417ec33667f','dropIndex indexName=IDX_OFFLINE_USS_BY_USERSESS, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-cleanup-uss-createdon','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',132,'EXECUTED','9:78ab4fc129ed5e8265dbcc3485fba92f','dropIndex indexName=IDX_OFFLINE_USS_CREATEDON, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-cleanup-uss-preload','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',133,'EXECUTED','9:de5f7c1f7e10994ed8b62e621d20eaab','dropIndex indexName=IDX_OFFLINE_USS_PRELOAD, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-index-creation','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',131,'EXECUTED','9:3e96709818458ae49f3c679ae58d263a','createIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28265-tables','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',130,'EXECUTED','9:deda2df035df23388af95bbd36c17cef','addColumn tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-28861-index-creation','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',142,'EXECUTED','9:b9acb58ac958d9ada0fe12a5d4794ab1','createIndex indexName=IDX_PERM_TICKET_REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; createIndex indexName=IDX_PERM_TICKET_OWNER, tableName=RESOURCE_SERVER_PERM_TICKET','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('25.0.0-org','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',138,'EXECUTED','9:5c859965c2c9b9c72136c360649af157','createTable tableName=ORG; addUniqueConstraint constraintName=UK_ORG_NAME, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_GROUP, tableName=ORG; createTable tableName=ORG_DOMAIN','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-32583-drop-redundant-index-on-client-session','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',150,'EXECUTED','9:24972d83bf27317a055d234187bb4af9','dropIndex indexName=IDX_US_SESS_ID_ON_CL_SESS, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-33201-org-redirect-url','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',152,'EXECUTED','9:4d0e22b0ac68ebe9794fa9cb752ea660','addColumn tableName=ORG','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-idps-for-login','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',149,'EXECUTED','9:51f5fffadf986983d4bd59582c6c1604','addColumn tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_REALM_ORG, tableName=IDENTITY_PROVIDER; createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER; customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-org-alias','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',143,'EXECUTED','9:6ef7d63e4412b3c2d66ed179159886a4','addColumn tableName=ORG; update tableName=ORG; addNotNullConstraint columnName=ALIAS, tableName=ORG; addUniqueConstraint constraintName=UK_ORG_ALIAS, tableName=ORG','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-org-group','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',144,'EXECUTED','9:da8e8087d80ef2ace4f89d8c5b9ca223','addColumn tableName=KEYCLOAK_GROUP; update tableName=KEYCLOAK_GROUP; addNotNullConstraint columnName=TYPE, tableName=KEYCLOAK_GROUP; customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-org-group-membership','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',146,'EXECUTED','9:a6ace2ce583a421d89b01ba2a28dc2d4','addColumn tableName=USER_GROUP_MEMBERSHIP; update tableName=USER_GROUP_MEMBERSHIP; addNotNullConstraint columnName=MEMBERSHIP_TYPE, tableName=USER_GROUP_MEMBERSHIP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0-org-indexes','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',145,'EXECUTED','9:79b05dcd610a8c7f25ec05135eec0857','createIndex indexName=IDX_ORG_DOMAIN_ORG_ID, tableName=ORG_DOMAIN','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.0.0.32582-remove-tables-user-session-user-session-note-and-client-session','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',151,'EXECUTED','9:febdc0f47f2ed241c59e60f58c3ceea5','dropTable tableName=CLIENT_SESSION_ROLE; dropTable tableName=CLIENT_SESSION_NOTE; dropTable tableName=CLIENT_SESSION_PROT_MAPPER; dropTable tableName=CLIENT_SESSION_AUTH_STATUS; dropTable tableName=CLIENT_USER_SESSION_NOTE; dropTable tableName=CLI...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.1.0-34013','keycloak','META-INF/jpa-changelog-26.1.0.xml','2026-12-04 19:46:42',154,'EXECUTED','9:e6b686a15759aef99a6d758a5c4c6a26','addColumn tableName=ADMIN_EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.1.0-34380','keycloak','META-INF/jpa-changelog-26.1.0.xml','2026-12-04 19:46:42',155,'EXECUTED','9:ac8b9edb7c2b6c17a1c7a11fcf5ccf01','dropTable tableName=USERNAME_LOGIN_FAILURE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.0-26106','keycloak','META-INF/jpa-changelog-26.2.0.xml','2026-12-04 19:46:42',157,'EXECUTED','9:b5877d5dab7d10ff3a9d209d7beb6680','addColumn tableName=CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.0-36750','keycloak','META-INF/jpa-changelog-26.2.0.xml','2026-12-04 19:46:42',156,'EXECUTED','9:b49ce951c22f7eb16480ff085640a33a','createTable tableName=SERVER_CONFIG','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.6-39866-duplicate','keycloak','META-INF/jpa-changelog-26.2.6.xml','2026-12-04 19:46:42',158,'EXECUTED','9:1dc67ccee24f30331db2cba4f372e40e','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.6-39866-uk','keycloak','META-INF/jpa-changelog-26.2.6.xml','2026-12-04 19:46:42',159,'EXECUTED','9:b70b76f47210cf0a5f4ef0e219eac7cd','addUniqueConstraint constraintName=UK_MIGRATION_VERSION, tableName=MIGRATION_MODEL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.6-40088-duplicate','keycloak','META-INF/jpa-changelog-26.2.6.xml','2026-12-04 19:46:42',160,'EXECUTED','9:cc7e02ed69ab31979afb1982f9670e8f','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.2.6-40088-uk','keycloak','META-INF/jpa-changelog-26.2.6.xml','2026-12-04 19:46:42',161,'EXECUTED','9:5bb848128da7bc4595cc507383325241','addUniqueConstraint constraintName=UK_MIGRATION_UPDATE_TIME, tableName=MIGRATION_MODEL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.3.0-groups-description','keycloak','META-INF/jpa-changelog-26.3.0.xml','2026-12-04 19:46:42',162,'EXECUTED','9:e1a3c05574326fb5b246b73b9a4c4d49','addColumn tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.4.0-40933-saml-encryption-attributes','keycloak','META-INF/jpa-changelog-26.4.0.xml','2026-12-04 19:46:42',163,'EXECUTED','9:7e9eaba362ca105efdda202303a4fe49','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.4.0-51321','keycloak','META-INF/jpa-changelog-26.4.0.xml','2026-12-04 19:46:42',164,'EXECUTED','9:34bab2bc56f75ffd7e347c580874e306','createIndex indexName=IDX_EVENT_ENTITY_USER_ID_TYPE, tableName=EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-add-remember-me','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',172,'EXECUTED','9:a7273ea8b21bd2f674c9c49141999f05','addColumn tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-add-sess-create-idx','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',174,'EXECUTED','9:aaee09e23a4d8468fbc5c51b7b314c58','createIndex indexName=IDX_USER_SESSION_EXPIRATION_LAST_REFRESH, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-add-sess-refresh-idx','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',173,'EXECUTED','9:ce49383d317ccbcd3434d1f21172b0b7','createIndex indexName=IDX_USER_SESSION_EXPIRATION_CREATED, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-drop-sess-refresh-idx','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',175,'EXECUTED','9:f0082210b6ccbbaf81287c27aa23753c','dropIndex indexName=IDX_OFFLINE_USS_BY_LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-idp-config-allow-null','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',169,'EXECUTED','9:b667fb087874303b324c1af7fae4f606','dropDefaultValue columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=TRUST_EMAIL, tableName=IDENTITY_PROVIDER; dropNotNullConstraint columnName=STORE_TOKEN, tableName=IDENTITY_PROVIDER; dropDefaultValue columnName...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-idp-config-allow-null-fixed-create-mssql-index','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',170,'MARK_RAN','9:dcbbb24c151c3b0b59f12fede23cc94d','createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-idp-config-allow-null-fixed-drop-mssql-index','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',168,'MARK_RAN','9:50c51d2c98cd1d624eb1c485c3cf1f75','dropIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-index-offline-css-by-client','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',166,'EXECUTED','9:680b59ca7854fa5b77a303301bb2a941','createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-index-offline-css-by-client-storage-provider','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',167,'EXECUTED','9:809bc160e2bc92f9c28eea39db323ae2','createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_STORAGE_PROVIDER, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-invitations-table-fixed2','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',177,'EXECUTED','9:322cb11fc03181903dcd67a54f8b3cf0','createTable tableName=ORG_INVITATION; addForeignKeyConstraint baseTableName=ORG_INVITATION, constraintName=FK_ORG_INVITATION_ORG, referencedTableName=ORG; createIndex indexName=IDX_ORG_INVITATION_ORG_ID, tableName=ORG_INVITATION; createIndex index...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-mysql-mariadb-default-charset-collation','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',176,'EXECUTED','9:1b383fa60d2db0a8952b365e725f9d16','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.5.0-remove-workflow-provider-id-column','keycloak','META-INF/jpa-changelog-26.5.0.xml','2026-12-04 19:46:42',171,'EXECUTED','9:d8eeb324484d45e946d03b953e168b21','dropIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_PROVIDER, tableName=WORKFLOW_STATE; dropColumn columnName=WORKFLOW_PROVIDER_ID, tableName=WORKFLOW_STATE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-43829-user-created-timestamp-index','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',187,'EXECUTED','9:f2531a49b8bb21a7a97966d88fd1a411','createIndex indexName=IDX_USER_CREATED_TIMESTAMP, tableName=USER_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-44424-create-realm-in-client-session','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',182,'EXECUTED','9:77dbbc72d943e98cfe472ba8cc56a31c','addColumn tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-44424-idx-css-realm-and-clients','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',184,'EXECUTED','9:a093877fff41185ac24103be80e00968','createIndex indexName=IDX_OFFLINE_CSS_BY_CLIENT_AND_REALM, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-44424-index-css-user-session-and-offline','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',181,'EXECUTED','9:a704d8598df241a3fd3cb91b6ab4b2d4','createIndex indexName=IDX_OFFLINE_CSS_BY_USER_SESSION_AND_OFFLINE, tableName=OFFLINE_CLIENT_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-44424-set-realm-in-client-session','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',183,'EXECUTED','9:3964a3148d32a55ef81126e23cdf6721','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-45009-broker-link-identity-provider','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',179,'EXECUTED','9:7d9a0253c9de7be754efef8bba4265bd','createIndex indexName=IDX_BROKER_LINK_IDENTITY_PROVIDER, tableName=BROKER_LINK','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-45009-broker-link-user-id','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',178,'EXECUTED','9:05026bbbc8d2ead5afcbda2f5fdf3a2b','createIndex indexName=IDX_BROKER_LINK_USER_ID, tableName=BROKER_LINK','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-48716-create-mssql-idp-index','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',188,'MARK_RAN','9:dcbbb24c151c3b0b59f12fede23cc94d','createIndex indexName=IDX_IDP_FOR_LOGIN, tableName=IDENTITY_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-add-last-modified-timestamp-user','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',185,'EXECUTED','9:8aa583d2cdd9e913dff42fecd626c560','addColumn tableName=USER_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-add-timestamps-group','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',186,'EXECUTED','9:4363d45dc25105a3fc5db9ff6936b0a9','addColumn tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.6.0-org-group-relationship','keycloak','META-INF/jpa-changelog-26.6.0.xml','2026-12-04 19:46:42',180,'EXECUTED','9:05685853fba030f53548ac6bf23245e3','addColumn tableName=KEYCLOAK_GROUP; addForeignKeyConstraint baseTableName=KEYCLOAK_GROUP, constraintName=FK_GROUP_ORGANIZATION, referencedTableName=ORG; createIndex indexName=IDX_GROUP_ORG_ID, tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-45292-realm-display-name-add-column','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:42',190,'EXECUTED','9:1de8c7824ce4fd7c739db6195f42be21','addColumn tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-45292-realm-display-name-migrate-data','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:42',191,'EXECUTED','9:293096bc554dd51428d1d9882f2de1dd','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-45292-realm-display-name-remove-attribute','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:42',192,'EXECUTED','9:a08357e3b0908c09d478e692cf82f865','delete tableName=REALM_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-46204-issued-ver-credential-table','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',197,'EXECUTED','9:4918c6f68ba90ce417f1aaa031013168','createTable tableName=ISSUED_VER_CREDENTIAL; addPrimaryKey constraintName=PK_ISSUED_VER_CREDENTIAL, tableName=ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=ISSUED_VER_CREDENTIAL, constraintName=FK_ISSUED_VER_CREDENTIAL_USER, referen...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-9686-dynamic-scopes-consent','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',196,'EXECUTED','9:fb689bc3ff64e174d6319014b38876f1','addColumn tableName=USER_CONSENT_CLIENT_SCOPE; dropPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addPrimaryKey constraintName=CONSTRAINT_GRNTCSNT_CLSC_PM, tableName=USER_CONSENT_CLIENT_SCOPE; addColumn...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-add-last-modified-timestamp-client','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',209,'EXECUTED','9:bae67d2faa5438ee35adfbb20a53c3c6','addColumn tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-add-timestamps-client','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',208,'EXECUTED','9:df5324c82398b446690b206c07649d40','addColumn tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-cluster-event','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',210,'EXECUTED','9:556b201eb9c378fa05d5bf22ec9c8dcf','createTable tableName=CLUSTER_EVENT; addPrimaryKey constraintName=PK_CLUSTER_EVENT, tableName=CLUSTER_EVENT; createIndex indexName=IDX_CLUSTER_EVENT_TARGET, tableName=CLUSTER_EVENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-federated-issued-ver-credential','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',200,'EXECUTED','9:3d610f5527879623a0d2362e64fa667f','createTable tableName=FED_ISSUED_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=FED_ISSUED_VER_CREDENTIAL, constraintName=FK_FED_ISSUED_VC_VER_CRED, referencedTableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_ISSUED_VC_USER, ...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-federated-verifiable-credentials-1','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',194,'EXECUTED','9:49092fa73b1c2b3afca48d91b8111c65','createTable tableName=FED_USER_VER_CREDENTIAL; addUniqueConstraint constraintName=UK_FED_USER_VC, tableName=FED_USER_VER_CREDENTIAL; createIndex indexName=IDX_FED_USER_VC_REALM_USER, tableName=FED_USER_VER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-issued-ver-credential-expires-at-index','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',198,'EXECUTED','9:ab9e4c0c9f21d9217ffe52968a3cf732','createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_EXPIRES_AT, tableName=ISSUED_VER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-issued-ver-credential-vc-id-index','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',199,'EXECUTED','9:1c9b18926e48b4b66d0341400bd13834','createIndex indexName=IDX_ISSUED_VER_CREDENTIAL_VC, tableName=ISSUED_VER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-jdbcping-timestamp','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:42',189,'EXECUTED','9:9a91f62e494bd013594e007b74d01638','addColumn tableName=JGROUPS_PING','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-login-failure-index','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',207,'EXECUTED','9:f554afc6ad14784c99f6ad8811ac30ec','createIndex indexName=IDX_LOGIN_FAILURE_EXPIRE, tableName=LOGIN_FAILURE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-login-failure-table','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',206,'EXECUTED','9:671b50f88904b24ceb02463dd2d0c045','createTable tableName=LOGIN_FAILURE; addPrimaryKey constraintName=PK_LOGIN_FAILURE, tableName=LOGIN_FAILURE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-outbox','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',195,'EXECUTED','9:338b2743ca1be95f895d8f9b0cbe7b55','createTable tableName=OUTBOX_ENTRY; addUniqueConstraint constraintName=UC_OUTBOX_KIND_OWNER_CORRELATION, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_DRAIN, tableName=OUTBOX_ENTRY; createIndex indexName=IDX_OUTBOX_REALM, tableName=OUTB...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-persistent-auth-session-root-index','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',202,'EXECUTED','9:3090cd11d2dfeb5df754f41c0ffa35d7','createIndex indexName=IDX_ROOT_AUTH_SESSION_REALM, tableName=ROOT_AUTH_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-persistent-auth-session-root-table','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',201,'EXECUTED','9:ad622d5eebdf468747a0d08d2367a68e','createTable tableName=ROOT_AUTH_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-persistent-auth-session-table','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',203,'EXECUTED','9:609b8a172e43f617bb8920efd2b9ae5f','createTable tableName=AUTH_SESSION; addPrimaryKey constraintName=PK_AUTH_SESSION, tableName=AUTH_SESSION; addForeignKeyConstraint baseTableName=AUTH_SESSION, constraintName=FK_AUTH_SESSION_ROOT, referencedTableName=ROOT_AUTH_SESSION','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-single-use-object-index','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',205,'EXECUTED','9:b2ad66c013f48dc131ce109eface7fa5','createIndex indexName=IDX_SINGLE_USE_OBJ_EXPIRE, tableName=SINGLE_USE_OBJECT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-single-use-object-table','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',204,'EXECUTED','9:22bc4eb8e456b3b7be2808e457a44cb7','createTable tableName=SINGLE_USE_OBJECT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('26.7.0-verifiable-credential','keycloak','META-INF/jpa-changelog-26.7.0.xml','2026-12-04 19:46:43',193,'EXECUTED','9:68d8df23794085e79ba08b5046cba31d','createTable tableName=USER_VER_CREDENTIAL; addPrimaryKey constraintName=CONSTRAINT_VCRED_PM, tableName=USER_VER_CREDENTIAL; addForeignKeyConstraint baseTableName=USER_VER_CREDENTIAL, constraintName=FK_VCRED_USER, referencedTableName=USER_ENTITY; a...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('29399-jdbc-ping-default','keycloak','META-INF/jpa-changelog-26.1.0.xml','2026-12-04 19:46:42',153,'EXECUTED','9:007dbe99d7203fca403b89d4edfdf21e','createTable tableName=JGROUPS_PING; addPrimaryKey constraintName=CONSTRAINT_JGROUPS_PING, tableName=JGROUPS_PING','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.0.0','bburke@redhat.com','META-INF/jpa-changelog-3.0.0.xml','2026-12-04 19:46:40',39,'EXECUTED','9:132a67499ba24bcc54fb5cbdcfe7e4c0','addColumn tableName=IDENTITY_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.2.0-fix','keycloak','META-INF/jpa-changelog-3.2.0.xml','2026-12-04 19:46:40',40,'MARK_RAN','9:938f894c032f5430f2b0fafb1a243462','addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.2.0-fix-offline-sessions','hmlnarik','META-INF/jpa-changelog-3.2.0.xml','2026-12-04 19:46:40',42,'EXECUTED','9:fc86359c079781adc577c5a217e4d04c','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.2.0-fix-with-keycloak-5416','keycloak','META-INF/jpa-changelog-3.2.0.xml','2026-12-04 19:46:40',41,'MARK_RAN','9:845c332ff1874dc5d35974b0babf3006','dropIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS; addNotNullConstraint columnName=REALM_ID, tableName=CLIENT_INITIAL_ACCESS; createIndex indexName=IDX_CLIENT_INIT_ACC_REALM, tableName=CLIENT_INITIAL_ACCESS','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.2.0-fixed','keycloak','META-INF/jpa-changelog-3.2.0.xml','2026-12-04 19:46:41',43,'EXECUTED','9:59a64800e3c0d09b825f8a3b444fa8f4','addColumn tableName=REALM; dropPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_PK2, tableName=OFFLINE_CLIENT_SESSION; dropColumn columnName=CLIENT_SESSION_ID, tableName=OFFLINE_CLIENT_SESSION; addPrimaryKey constraintName=CONSTRAINT_OFFL_CL_SES_P...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.3.0','keycloak','META-INF/jpa-changelog-3.3.0.xml','2026-12-04 19:46:41',44,'EXECUTED','9:d48d6da5c6ccf667807f633fe489ce88','addColumn tableName=USER_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.4.0','keycloak','META-INF/jpa-changelog-3.4.0.xml','2026-12-04 19:46:41',50,'EXECUTED','9:cfdd8736332ccdd72c5256ccb42335db','addPrimaryKey constraintName=CONSTRAINT_REALM_DEFAULT_ROLES, tableName=REALM_DEFAULT_ROLES; addPrimaryKey constraintName=CONSTRAINT_COMPOSITE_ROLE, tableName=COMPOSITE_ROLE; addPrimaryKey constraintName=CONSTR_REALM_DEFAULT_GROUPS, tableName=REALM...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.4.0-KEYCLOAK-5230','hmlnarik@redhat.com','META-INF/jpa-changelog-3.4.0.xml','2026-12-04 19:46:41',51,'EXECUTED','9:7c84de3d9bd84d7f077607c1a4dcb714','createIndex indexName=IDX_FU_ATTRIBUTE, tableName=FED_USER_ATTRIBUTE; createIndex indexName=IDX_FU_CONSENT, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CONSENT_RU, tableName=FED_USER_CONSENT; createIndex indexName=IDX_FU_CREDENTIAL, t...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.4.1','psilva@redhat.com','META-INF/jpa-changelog-3.4.1.xml','2026-12-04 19:46:41',52,'EXECUTED','9:5a6bb36cbefb6a9d6928452c0852af2d','modifyDataType columnName=VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.4.2','keycloak','META-INF/jpa-changelog-3.4.2.xml','2026-12-04 19:46:41',53,'EXECUTED','9:8f23e334dbc59f82e0a328373ca6ced0','update tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('3.4.2-KEYCLOAK-5172','mkanis@redhat.com','META-INF/jpa-changelog-3.4.2.xml','2026-12-04 19:46:41',54,'EXECUTED','9:9156214268f09d970cdf0e1564d866af','update tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('31296-persist-revoked-access-tokens','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',147,'EXECUTED','9:64ef94489d42a358e8304b0e245f0ed4','createTable tableName=REVOKED_TOKEN; addPrimaryKey constraintName=CONSTRAINT_RT, tableName=REVOKED_TOKEN','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('31725-index-persist-revoked-access-tokens','keycloak','META-INF/jpa-changelog-26.0.0.xml','2026-12-04 19:46:42',148,'EXECUTED','9:b994246ec2bf7c94da881e1d28782c7b','createIndex indexName=IDX_REV_TOKEN_ON_EXPIRE, tableName=REVOKED_TOKEN','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.0.0-CLEANUP-UNUSED-TABLE','bburke@redhat.com','META-INF/jpa-changelog-4.0.0.xml','2026-12-04 19:46:41',56,'EXECUTED','9:229a041fb72d5beac76bb94a5fa709de','dropTable tableName=CLIENT_IDENTITY_PROV_MAPPING','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.0.0-KEYCLOAK-5579-fixed','mposolda@redhat.com','META-INF/jpa-changelog-4.0.0.xml','2026-12-04 19:46:41',58,'EXECUTED','9:139b79bcbbfe903bb1c2d2a4dbf001d9','dropForeignKeyConstraint baseTableName=CLIENT_TEMPLATE_ATTRIBUTES, constraintName=FK_CL_TEMPL_ATTR_TEMPL; renameTable newTableName=CLIENT_SCOPE_ATTRIBUTES, oldTableName=CLIENT_TEMPLATE_ATTRIBUTES; renameColumn newColumnName=SCOPE_ID, oldColumnName...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.0.0-KEYCLOAK-6228','bburke@redhat.com','META-INF/jpa-changelog-4.0.0.xml','2026-12-04 19:46:41',57,'EXECUTED','9:079899dade9c1e683f26b2aa9ca6ff04','dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; dropNotNullConstraint columnName=CLIENT_ID, tableName=USER_CONSENT; addColumn tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHO...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.0.0-KEYCLOAK-6335','bburke@redhat.com','META-INF/jpa-changelog-4.0.0.xml','2026-12-04 19:46:41',55,'EXECUTED','9:db806613b1ed154826c02610b7dbdf74','createTable tableName=CLIENT_AUTH_FLOW_BINDINGS; addPrimaryKey constraintName=C_CLI_FLOW_BIND, tableName=CLIENT_AUTH_FLOW_BINDINGS','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.2.0-KEYCLOAK-6313','wadahiro@gmail.com','META-INF/jpa-changelog-4.2.0.xml','2026-12-04 19:46:41',63,'EXECUTED','9:92143a6daea0a3f3b8f598c97ce55c3d','addColumn tableName=REQUIRED_ACTION_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.3.0-KEYCLOAK-7984','wadahiro@gmail.com','META-INF/jpa-changelog-4.3.0.xml','2026-12-04 19:46:41',64,'EXECUTED','9:82bab26a27195d889fb0429003b18f40','update tableName=REQUIRED_ACTION_PROVIDER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.6.0-KEYCLOAK-7950','psilva@redhat.com','META-INF/jpa-changelog-4.6.0.xml','2026-12-04 19:46:41',65,'EXECUTED','9:e590c88ddc0b38b0ae4249bbfcb5abc3','update tableName=RESOURCE_SERVER_RESOURCE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.6.0-KEYCLOAK-8377','keycloak','META-INF/jpa-changelog-4.6.0.xml','2026-12-04 19:46:41',66,'EXECUTED','9:5c1f475536118dbdc38d5d7977950cc0','createTable tableName=ROLE_ATTRIBUTE; addPrimaryKey constraintName=CONSTRAINT_ROLE_ATTRIBUTE_PK, tableName=ROLE_ATTRIBUTE; addForeignKeyConstraint baseTableName=ROLE_ATTRIBUTE, constraintName=FK_ROLE_ATTRIBUTE_ID, referencedTableName=KEYCLOAK_ROLE...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.6.0-KEYCLOAK-8555','gideonray@gmail.com','META-INF/jpa-changelog-4.6.0.xml','2026-12-04 19:46:41',67,'EXECUTED','9:e7c9f5f9c4d67ccbbcc215440c718a17','createIndex indexName=IDX_COMPONENT_PROVIDER_TYPE, tableName=COMPONENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.7.0-KEYCLOAK-1267','sguilhen@redhat.com','META-INF/jpa-changelog-4.7.0.xml','2026-12-04 19:46:41',68,'EXECUTED','9:88e0bfdda924690d6f4e430c53447dd5','addColumn tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.7.0-KEYCLOAK-7275','keycloak','META-INF/jpa-changelog-4.7.0.xml','2026-12-04 19:46:41',69,'EXECUTED','9:f53177f137e1c46b6a88c59ec1cb5218','renameColumn newColumnName=CREATED_ON, oldColumnName=LAST_SESSION_REFRESH, tableName=OFFLINE_USER_SESSION; addNotNullConstraint columnName=CREATED_ON, tableName=OFFLINE_USER_SESSION; addColumn tableName=OFFLINE_USER_SESSION; customChange; createIn...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('4.8.0-KEYCLOAK-8835','sguilhen@redhat.com','META-INF/jpa-changelog-4.8.0.xml','2026-12-04 19:46:42',70,'EXECUTED','9:a74d33da4dc42a37ec27121580d1459f','addNotNullConstraint columnName=SSO_MAX_LIFESPAN_REMEMBER_ME, tableName=REALM; addNotNullConstraint columnName=SSO_IDLE_TIMEOUT_REMEMBER_ME, tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('40343-workflow-state-table','keycloak','META-INF/jpa-changelog-26.4.0.xml','2026-12-04 19:46:42',165,'EXECUTED','9:ed3ab4723ceed210e5b5e60ac4562106','createTable tableName=WORKFLOW_STATE; addPrimaryKey constraintName=PK_WORKFLOW_STATE, tableName=WORKFLOW_STATE; addUniqueConstraint constraintName=UQ_WORKFLOW_RESOURCE, tableName=WORKFLOW_STATE; createIndex indexName=IDX_WORKFLOW_STATE_STEP, table...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('8.0.0-adding-credential-columns','keycloak','META-INF/jpa-changelog-8.0.0.xml','2026-12-04 19:46:42',72,'EXECUTED','9:aa072ad090bbba210d8f18781b8cebf4','addColumn tableName=CREDENTIAL; addColumn tableName=FED_USER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('8.0.0-credential-cleanup-fixed','keycloak','META-INF/jpa-changelog-8.0.0.xml','2026-12-04 19:46:42',75,'EXECUTED','9:2b9cc12779be32c5b40e2e67711a218b','dropDefaultValue columnName=COUNTER, tableName=CREDENTIAL; dropDefaultValue columnName=DIGITS, tableName=CREDENTIAL; dropDefaultValue columnName=PERIOD, tableName=CREDENTIAL; dropDefaultValue columnName=ALGORITHM, tableName=CREDENTIAL; dropColumn ...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('8.0.0-resource-tag-support','keycloak','META-INF/jpa-changelog-8.0.0.xml','2026-12-04 19:46:42',76,'EXECUTED','9:91fa186ce7a5af127a2d7a91ee083cc5','addColumn tableName=MIGRATION_MODEL; createIndex indexName=IDX_UPDATE_TIME, tableName=MIGRATION_MODEL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('8.0.0-updating-credential-data-not-oracle-fixed','keycloak','META-INF/jpa-changelog-8.0.0.xml','2026-12-04 19:46:42',73,'EXECUTED','9:1ae6be29bab7c2aa376f6983b932be37','update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('8.0.0-updating-credential-data-oracle-fixed','keycloak','META-INF/jpa-changelog-8.0.0.xml','2026-12-04 19:46:42',74,'MARK_RAN','9:14706f286953fc9a25286dbd8fb30d97','update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL; update tableName=FED_USER_CREDENTIAL','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.0-always-display-client','keycloak','META-INF/jpa-changelog-9.0.0.xml','2026-12-04 19:46:42',77,'EXECUTED','9:6335e5c94e83a2639ccd68dd24e2e5ad','addColumn tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.0-drop-constraints-for-column-increase','keycloak','META-INF/jpa-changelog-9.0.0.xml','2026-12-04 19:46:42',78,'MARK_RAN','9:6bdb5658951e028bfe16fa0a8228b530','dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5PMT, tableName=RESOURCE_SERVER_PERM_TICKET; dropUniqueConstraint constraintName=UK_FRSR6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER_RESOURCE; dropPrimaryKey constraintName=CONSTRAINT_O...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.0-increase-column-size-federated-fk','keycloak','META-INF/jpa-changelog-9.0.0.xml','2026-12-04 19:46:42',79,'EXECUTED','9:d5bc15a64117ccad481ce8792d4c608f','modifyDataType columnName=CLIENT_ID, tableName=FED_USER_CONSENT; modifyDataType columnName=CLIENT_REALM_CONSTRAINT, tableName=KEYCLOAK_ROLE; modifyDataType columnName=OWNER, tableName=RESOURCE_SERVER_POLICY; modifyDataType columnName=CLIENT_ID, ta...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.0-recreate-constraints-after-column-increase','keycloak','META-INF/jpa-changelog-9.0.0.xml','2026-12-04 19:46:42',80,'MARK_RAN','9:077cba51999515f4d3e7ad5619ab592c','addNotNullConstraint columnName=CLIENT_ID, tableName=OFFLINE_CLIENT_SESSION; addNotNullConstraint columnName=OWNER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNullConstraint columnName=REQUESTER, tableName=RESOURCE_SERVER_PERM_TICKET; addNotNull...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.1-add-index-to-client.client_id','keycloak','META-INF/jpa-changelog-9.0.1.xml','2026-12-04 19:46:42',81,'EXECUTED','9:be969f08a163bf47c6b9e9ead8ac2afb','createIndex indexName=IDX_CLIENT_ID, tableName=CLIENT','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.1-add-index-to-events','keycloak','META-INF/jpa-changelog-9.0.1.xml','2026-12-04 19:46:42',85,'EXECUTED','9:7d93d602352a30c0c317e6a609b56599','createIndex indexName=IDX_EVENT_TIME, tableName=EVENT_ENTITY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.1-KEYCLOAK-12579-add-not-null-constraint','keycloak','META-INF/jpa-changelog-9.0.1.xml','2026-12-04 19:46:42',83,'EXECUTED','9:966bda61e46bebf3cc39518fbed52fa7','addNotNullConstraint columnName=PARENT_GROUP, tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.1-KEYCLOAK-12579-drop-constraints','keycloak','META-INF/jpa-changelog-9.0.1.xml','2026-12-04 19:46:42',82,'MARK_RAN','9:6d3bb4408ba5a72f39bd8a0b301ec6e3','dropUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('9.0.1-KEYCLOAK-12579-recreate-constraints','keycloak','META-INF/jpa-changelog-9.0.1.xml','2026-12-04 19:46:42',84,'MARK_RAN','9:8dcac7bdf7378e7d823cdfddebf72fda','addUniqueConstraint constraintName=SIBLING_NAMES, tableName=KEYCLOAK_GROUP','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authn-3.4.0.CR1-refresh-token-max-reuse','glavoie@gmail.com','META-INF/jpa-changelog-authz-3.4.0.CR1.xml','2026-12-04 19:46:41',49,'EXECUTED','9:d198654156881c46bfba39abd7769e69','addColumn tableName=REALM','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-2.0.0','psilva@redhat.com','META-INF/jpa-changelog-authz-2.0.0.xml','2026-12-04 19:46:40',27,'EXECUTED','9:43ed6b0da89ff77206289e87eaa9c024','createTable tableName=RESOURCE_SERVER; addPrimaryKey constraintName=CONSTRAINT_FARS, tableName=RESOURCE_SERVER; addUniqueConstraint constraintName=UK_AU8TT6T700S9V50BU18WS5HA6, tableName=RESOURCE_SERVER; createTable tableName=RESOURCE_SERVER_RESOU...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-2.5.1','psilva@redhat.com','META-INF/jpa-changelog-authz-2.5.1.xml','2026-12-04 19:46:40',28,'EXECUTED','9:44bae577f551b3738740281eceb4ea70','update tableName=RESOURCE_SERVER_POLICY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-3.4.0.CR1-resource-server-pk-change-part1','glavoie@gmail.com','META-INF/jpa-changelog-authz-3.4.0.CR1.xml','2026-12-04 19:46:41',45,'EXECUTED','9:dde36f7973e80d71fceee683bc5d2951','addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_RESOURCE; addColumn tableName=RESOURCE_SERVER_SCOPE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-3.4.0.CR1-resource-server-pk-change-part2-KEYCLOAK-6095','hmlnarik@redhat.com','META-INF/jpa-changelog-authz-3.4.0.CR1.xml','2026-12-04 19:46:41',46,'EXECUTED','9:b855e9b0a406b34fa323235a0cf4f640','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-3.4.0.CR1-resource-server-pk-change-part3-fixed','glavoie@gmail.com','META-INF/jpa-changelog-authz-3.4.0.CR1.xml','2026-12-04 19:46:41',47,'MARK_RAN','9:51abbacd7b416c50c4421a8cabf7927e','dropIndex indexName=IDX_RES_SERV_POL_RES_SERV, tableName=RESOURCE_SERVER_POLICY; dropIndex indexName=IDX_RES_SRV_RES_RES_SRV, tableName=RESOURCE_SERVER_RESOURCE; dropIndex indexName=IDX_RES_SRV_SCOPE_RES_SRV, tableName=RESOURCE_SERVER_SCOPE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-3.4.0.CR1-resource-server-pk-change-part3-fixed-nodropindex','glavoie@gmail.com','META-INF/jpa-changelog-authz-3.4.0.CR1.xml','2026-12-04 19:46:41',48,'EXECUTED','9:bdc99e567b3398bac83263d375aad143','addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_POLICY; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, tableName=RESOURCE_SERVER_RESOURCE; addNotNullConstraint columnName=RESOURCE_SERVER_CLIENT_ID, ...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-4.0.0.Beta3','psilva@redhat.com','META-INF/jpa-changelog-authz-4.0.0.Beta3.xml','2026-12-04 19:46:41',60,'EXECUTED','9:e0057eac39aa8fc8e09ac6cfa4ae15fe','addColumn tableName=RESOURCE_SERVER_POLICY; addColumn tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRPO2128CX4WNKOG82SSRFY, referencedTableName=RESOURCE_SERVER_POLICY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-4.0.0.CR1','psilva@redhat.com','META-INF/jpa-changelog-authz-4.0.0.CR1.xml','2026-12-04 19:46:41',59,'EXECUTED','9:b55738ad889860c625ba2bf483495a04','createTable tableName=RESOURCE_SERVER_PERM_TICKET; addPrimaryKey constraintName=CONSTRAINT_FAPMT, tableName=RESOURCE_SERVER_PERM_TICKET; addForeignKeyConstraint baseTableName=RESOURCE_SERVER_PERM_TICKET, constraintName=FK_FRSRHO213XCX4WNKOG82SSPMT...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-4.2.0.Final','mhajas@redhat.com','META-INF/jpa-changelog-authz-4.2.0.Final.xml','2026-12-04 19:46:41',61,'EXECUTED','9:42a33806f3a0443fe0e7feeec821326c','createTable tableName=RESOURCE_URIS; addForeignKeyConstraint baseTableName=RESOURCE_URIS, constraintName=FK_RESOURCE_SERVER_URIS, referencedTableName=RESOURCE_SERVER_RESOURCE; customChange; dropColumn columnName=URI, tableName=RESOURCE_SERVER_RESO...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-4.2.0.Final-KEYCLOAK-9944','hmlnarik@redhat.com','META-INF/jpa-changelog-authz-4.2.0.Final.xml','2026-12-04 19:46:41',62,'EXECUTED','9:9968206fca46eecc1f51db9c024bfe56','addPrimaryKey constraintName=CONSTRAINT_RESOUR_URIS_PK, tableName=RESOURCE_URIS','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('authz-7.0.0-KEYCLOAK-10443','psilva@redhat.com','META-INF/jpa-changelog-authz-7.0.0.xml','2026-12-04 19:46:42',71,'EXECUTED','9:fd4ade7b90c3b67fae0bfcfcb42dfb5f','addColumn tableName=RESOURCE_SERVER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('client-attributes-string-accomodation-fixed','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',113,'EXECUTED','9:3f332e13e90739ed0c35b0b25b7822ca','addColumn tableName=CLIENT_ATTRIBUTES; update tableName=CLIENT_ATTRIBUTES; dropColumn columnName=VALUE, tableName=CLIENT_ATTRIBUTES; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('client-attributes-string-accomodation-fixed-post-create-index','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',114,'MARK_RAN','9:bd2bd0fc7768cf0845ac96a8786fa735','createIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('client-attributes-string-accomodation-fixed-pre-drop-index','keycloak','META-INF/jpa-changelog-20.0.0.xml','2026-12-04 19:46:42',112,'EXECUTED','9:04baaf56c116ed19951cbc2cca584022','dropIndex indexName=IDX_CLIENT_ATT_BY_NAME_VALUE, tableName=CLIENT_ATTRIBUTES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('default-roles','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',89,'EXECUTED','9:fa8a5b5445e3857f4b010bafb5009957','addColumn tableName=REALM; customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('default-roles-cleanup','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',90,'EXECUTED','9:67ac3241df9a8582d591c5ed87125f39','dropTable tableName=REALM_DEFAULT_ROLES; dropTable tableName=CLIENT_DEFAULT_ROLES','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('json-string-accomodation-fixed','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',96,'EXECUTED','9:e07d2bc0970c348bb06fb63b1f82ddbf','addColumn tableName=REALM_ATTRIBUTE; update tableName=REALM_ATTRIBUTE; dropColumn columnName=VALUE, tableName=REALM_ATTRIBUTE; renameColumn newColumnName=VALUE, oldColumnName=VALUE_NEW, tableName=REALM_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('KEYCLOAK-17267-add-index-to-user-attributes','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',102,'EXECUTED','9:0b305d8d1277f3a89a0a53a659ad274c','createIndex indexName=IDX_USER_ATTRIBUTE_NAME, tableName=USER_ATTRIBUTE','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('KEYCLOAK-18146-add-saml-art-binding-identifier','keycloak','META-INF/jpa-changelog-14.0.0.xml','2026-12-04 19:46:42',103,'EXECUTED','9:2c374ad2cdfe20e2905a84c8fac48460','customChange','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('map-remove-ri','keycloak','META-INF/jpa-changelog-11.0.0.xml','2026-12-04 19:46:42',86,'EXECUTED','9:71c5969e6cdd8d7b6f47cebc86d37627','dropForeignKeyConstraint baseTableName=REALM, constraintName=FK_TRAF444KK6QRKMS7N56AIWQ5Y; dropForeignKeyConstraint baseTableName=KEYCLOAK_ROLE, constraintName=FK_KJHO5LE2C0RAL09FL8CM9WFW9','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('map-remove-ri','keycloak','META-INF/jpa-changelog-12.0.0.xml','2026-12-04 19:46:42',87,'EXECUTED','9:a9ba7d47f065f041b7da856a81762021','dropForeignKeyConstraint baseTableName=REALM_DEFAULT_GROUPS, constraintName=FK_DEF_GROUPS_GROUP; dropForeignKeyConstraint baseTableName=REALM_DEFAULT_ROLES, constraintName=FK_H4WPD7W4HSOOLNI3H0SW7BTJE; dropForeignKeyConstraint baseTableName=CLIENT...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('map-remove-ri-13.0.0','keycloak','META-INF/jpa-changelog-13.0.0.xml','2026-12-04 19:46:42',92,'EXECUTED','9:d9be619d94af5a2f5d07b9f003543b91','dropForeignKeyConstraint baseTableName=DEFAULT_CLIENT_SCOPE, constraintName=FK_R_DEF_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SCOPE_CLIENT, constraintName=FK_C_CLI_SCOPE_SCOPE; dropForeignKeyConstraint baseTableName=CLIENT_SC...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('unique-consentuser','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',139,'MARK_RAN','9:5857626a2ea8767e9a6c66bf3a2cb32f','customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('unique-consentuser-edb-migration','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',140,'MARK_RAN','9:5857626a2ea8767e9a6c66bf3a2cb32f','customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('unique-consentuser-mysql','keycloak','META-INF/jpa-changelog-25.0.0.xml','2026-12-04 19:46:42',141,'EXECUTED','9:b79478aad5adaa1bc428e31563f55e8e','customChange; dropUniqueConstraint constraintName=UK_JKUWUVD56ONTGSUHOGM8UEWRT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_LOCAL_CONSENT, tableName=USER_CONSENT; addUniqueConstraint constraintName=UK_EXTERNAL_CONSENT, tableName=...','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOGLOCK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOGLOCK` (
  `ID` int(11) NOT NULL,
  `LOCKED` tinyint(1) NOT NULL,
  `LOCKGRANTED` datetime DEFAULT NULL,
  `LOCKEDBY` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOGLOCK` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOGLOCK` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOGLOCK` VALUES
(1,0,NULL,NULL),
(1000,0,NULL,NULL);
/*!40000 ALTER TABLE `DATABASECHANGELOGLOCK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG_SA_LOGIN_H`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG_SA_LOGIN_H` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG_SA_LOGIN_H` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_LOGIN_H` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG_SA_LOGIN_H` VALUES
('secure-access-login-history-1','secure-access','META-INF/secure-access/login-history-changelog.xml','2026-12-04 19:46:43',1,'EXECUTED','9:7ffccd758fddc67d92541ca321a44ded','createTable tableName=SA_LOGIN_HISTORY; createIndex indexName=IDX_SA_HISTORY_USER_TIME, tableName=SA_LOGIN_HISTORY; createIndex indexName=IDX_SA_HISTORY_TIME, tableName=SA_LOGIN_HISTORY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('secure-access-login-history-2','secure-access','META-INF/secure-access/login-history-changelog.xml','2026-12-04 19:46:43',2,'EXECUTED','9:910db4d4d22002995ff18ddaf3d6fd33','createIndex indexName=IDX_SA_HISTORY_USER_DEVICE, tableName=SA_LOGIN_HISTORY','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('secure-access-login-history-3','secure-access','META-INF/secure-access/login-history-changelog.xml','2026-12-04 19:46:43',3,'EXECUTED','9:2da3167da9b73ee13b42d2778fd46641','addColumn tableName=SA_LOGIN_HISTORY; createTable tableName=SA_LOGIN_HISTORY_TALLY; createIndex indexName=IDX_SA_HISTORY_TALLY_HOUR, tableName=SA_LOGIN_HISTORY_TALLY; createIndex indexName=IDX_SA_HISTORY_TALLY_USER, tableName=SA_LOGIN_HISTORY_TALLY','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_LOGIN_H` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG_SA_PROOFIN`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG_SA_PROOFIN` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG_SA_PROOFIN` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_PROOFIN` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG_SA_PROOFIN` VALUES
('secure-access-proofing-1','secure-access','META-INF/secure-access/proofing-changelog.xml','2026-12-04 19:46:43',1,'EXECUTED','9:8460726708e22e050dafb46690d77735','createTable tableName=SA_PROOFING; addUniqueConstraint constraintName=UK_SA_PROOFING_USER, tableName=SA_PROOFING; addUniqueConstraint constraintName=UK_SA_PROOFING_PERSON, tableName=SA_PROOFING; createTable tableName=SA_PROOFING_FUNNEL; addPrimary...','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_PROOFIN` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG_SA_RECOVER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG_SA_RECOVER` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG_SA_RECOVER` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_RECOVER` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG_SA_RECOVER` VALUES
('secure-access-recovery-1','secure-access','META-INF/secure-access/recovery-changelog.xml','2026-12-04 19:46:43',1,'EXECUTED','9:f7f58fd8a5781b2dce675f1e6ece9ed2','createTable tableName=SA_RECOVERY_REQUEST; addUniqueConstraint constraintName=UK_SA_RECOVERY_LIVE, tableName=SA_RECOVERY_REQUEST; createIndex indexName=IDX_SA_RECOVERY_USER, tableName=SA_RECOVERY_REQUEST; createIndex indexName=IDX_SA_RECOVERY_READ...','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_RECOVER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG_SA_REFEREN`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG_SA_REFEREN` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG_SA_REFEREN` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_REFEREN` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG_SA_REFEREN` VALUES
('secure-access-reference-records-1','secure-access','META-INF/secure-access/reference-records-changelog.xml','2026-12-04 19:46:43',1,'EXECUTED','9:e6cd52ecb90ac47aabc2637eff5fe28f','createTable tableName=SA_REFERENCE_PERSON; addUniqueConstraint constraintName=UK_SA_REF_PERSON_TAX_ID, tableName=SA_REFERENCE_PERSON; createIndex indexName=IDX_SA_REF_PERSON_BATCH, tableName=SA_REFERENCE_PERSON; createTable tableName=SA_REFERENCE_...','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_REFEREN` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DATABASECHANGELOG_SA_SECURIT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DATABASECHANGELOG_SA_SECURIT` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int(11) NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL,
  PRIMARY KEY (`ID`,`AUTHOR`,`FILENAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DATABASECHANGELOG_SA_SECURIT` WRITE;
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_SECURIT` DISABLE KEYS */;
INSERT INTO `DATABASECHANGELOG_SA_SECURIT` VALUES
('secure-access-security-counters-1','secure-access','META-INF/secure-access/security-counters-changelog.xml','2026-12-04 19:46:43',1,'EXECUTED','9:15c1f47864c8e947c5ec49164c9c256d','createTable tableName=SA_SECURITY_COUNTER; createIndex indexName=IDX_SA_COUNTER_EXPIRES, tableName=SA_SECURITY_COUNTER','',NULL,'4.33.0',NULL,NULL,'6413596071'),
('secure-access-security-counters-2','secure-access','META-INF/secure-access/security-counters-changelog.xml','2026-12-04 19:46:43',2,'EXECUTED','9:4b26c158f95f2a9f1800d61249b9a7b5','addColumn tableName=SA_SECURITY_COUNTER','',NULL,'4.33.0',NULL,NULL,'6413596071');
/*!40000 ALTER TABLE `DATABASECHANGELOG_SA_SECURIT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `DEFAULT_CLIENT_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `DEFAULT_CLIENT_SCOPE` (
  `REALM_ID` varchar(36) NOT NULL,
  `SCOPE_ID` varchar(36) NOT NULL,
  `DEFAULT_SCOPE` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`REALM_ID`,`SCOPE_ID`),
  KEY `IDX_DEFCLS_REALM` (`REALM_ID`),
  KEY `IDX_DEFCLS_SCOPE` (`SCOPE_ID`),
  CONSTRAINT `FK_R_DEF_CLI_SCOPE_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `DEFAULT_CLIENT_SCOPE` WRITE;
/*!40000 ALTER TABLE `DEFAULT_CLIENT_SCOPE` DISABLE KEYS */;
INSERT INTO `DEFAULT_CLIENT_SCOPE` VALUES
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','0849dade-3a8f-45bd-a42f-ee66a2e4358c',0),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','092d655f-ac23-4e1f-8f5c-1845b0e18f89',0),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','09d849be-13d2-4e86-acb9-d96f47f5d84f',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','3123638e-61d5-476c-a471-eb9f9c4ea957',0),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','316169ff-d1fd-427e-859c-5a442b94f9f8',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','5a567a95-8397-436d-8eee-43eba27e40a8',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','651d1af4-10fc-4cc9-9b3c-8e9d7ad263ec',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','653a7b55-670f-4f44-b8e1-d9a3573fa9ef',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','7e498685-6eee-49da-9454-eb67b709bfcb',0),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','896c5033-95e2-4f11-b7c0-6bf4557e7e10',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','998ac230-bcd5-4467-b05e-2b0be42c11e4',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e',0),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','cf4949a0-1f53-4e08-9995-13f1c6592ced',1),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','d59fb9ef-1a2a-4685-b5f9-1710d64f6080',1),
('d522baac-5120-4b92-868e-a14af5c02a72','198ad89b-434f-4a5c-ac55-d464e349c5c0',0),
('d522baac-5120-4b92-868e-a14af5c02a72','1b3fd5bb-8378-45fe-8e0a-74395f0cc704',1),
('d522baac-5120-4b92-868e-a14af5c02a72','24f7fa9b-a7c7-457e-a6a7-02b7354598ac',0),
('d522baac-5120-4b92-868e-a14af5c02a72','319a0e13-125a-4810-a85d-9944040e448b',1),
('d522baac-5120-4b92-868e-a14af5c02a72','465298e3-5095-4236-a12d-4522850d2e47',1),
('d522baac-5120-4b92-868e-a14af5c02a72','5e4d1885-61fc-42de-b75a-2ad64623cbdb',1),
('d522baac-5120-4b92-868e-a14af5c02a72','63d8ab4e-13b3-4ef2-8b7d-796152226624',0),
('d522baac-5120-4b92-868e-a14af5c02a72','81edc363-2543-44a4-aba8-ee8668ba5129',1),
('d522baac-5120-4b92-868e-a14af5c02a72','925f2f40-4d71-4cfc-9202-0d70d0c5d639',0),
('d522baac-5120-4b92-868e-a14af5c02a72','a8ddeafa-495f-4ab3-8203-f24840066bc2',1),
('d522baac-5120-4b92-868e-a14af5c02a72','d4c60d4b-4326-4531-857f-aae4784c0385',1),
('d522baac-5120-4b92-868e-a14af5c02a72','dca5d79a-aa64-4cfe-b98a-608ab339f979',1),
('d522baac-5120-4b92-868e-a14af5c02a72','ef7a934d-17df-4e51-931f-cdcb4980272d',0),
('d522baac-5120-4b92-868e-a14af5c02a72','fc95f866-77dd-44c5-8950-d03c88bd14cc',1);
/*!40000 ALTER TABLE `DEFAULT_CLIENT_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `EVENT_ENTITY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `EVENT_ENTITY` (
  `ID` varchar(36) NOT NULL,
  `CLIENT_ID` varchar(255) DEFAULT NULL,
  `DETAILS_JSON` text DEFAULT NULL,
  `ERROR` varchar(255) DEFAULT NULL,
  `IP_ADDRESS` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(255) DEFAULT NULL,
  `SESSION_ID` varchar(255) DEFAULT NULL,
  `EVENT_TIME` bigint(20) DEFAULT NULL,
  `TYPE` varchar(255) DEFAULT NULL,
  `USER_ID` varchar(255) DEFAULT NULL,
  `DETAILS_JSON_LONG_VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_EVENT_TIME` (`REALM_ID`,`EVENT_TIME`),
  KEY `IDX_EVENT_ENTITY_USER_ID_TYPE` (`USER_ID`,`TYPE`,`EVENT_TIME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `EVENT_ENTITY` WRITE;
/*!40000 ALTER TABLE `EVENT_ENTITY` DISABLE KEYS */;
INSERT INTO `EVENT_ENTITY` VALUES
('3b565397-5c85-488f-9cf7-287ac99080a4','demo-app',NULL,NULL,'127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52','U3duKQ8Ggl0dBvkQ0EEFPhdl',1796413620304,'CODE_TO_TOKEN','728bab6a-54a9-48f6-8037-e81a1ae8f820','{\"token_id\":\"onrtac:86381918-0b42-a006-7740-990c4a1534cb\",\"grant_type\":\"authorization_code\",\"refresh_token_type\":\"Refresh\",\"scope\":\"openid email profile\",\"refresh_token_id\":\"3b48bb99-a627-b65d-5613-4cfb08c267c9\",\"code_id\":\"U3duKQ8Ggl0dBvkQ0EEFPhdl\",\"client_auth_method\":\"client-secret\"}'),
('6a99167e-a58c-4124-92b9-a8768544b6ac','demo-app',NULL,'invalid_user_credentials','127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,1796413616326,'LOGIN_ERROR','728bab6a-54a9-48f6-8037-e81a1ae8f820','{\"auth_method\":\"openid-connect\",\"auth_type\":\"code\",\"second_factor\":\"otp\",\"selected_credential_id\":\"5f0f50ec-e348-41d1-947b-4a42a9f13a66\",\"redirect_uri\":\"http://localhost:44421/callback\",\"code_id\":\"WaRTdLfcGbqQiGCOu6FK-fhw\"}'),
('79ab781a-0b42-491e-91b3-1e4af0f35d8f','demo-app',NULL,NULL,'127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52','WaRTdLfcGbqQiGCOu6FK-fhw',1796413616459,'LOGIN','728bab6a-54a9-48f6-8037-e81a1ae8f820','{\"auth_method\":\"openid-connect\",\"auth_type\":\"code\",\"response_type\":\"code\",\"redirect_uri\":\"http://localhost:44421/callback\",\"consent\":\"no_consent_required\",\"code_id\":\"WaRTdLfcGbqQiGCOu6FK-fhw\",\"username\":\"upgrade-app-person\",\"response_mode\":\"query\"}'),
('8c395f26-da91-4f7a-af7e-4c013e135bea',NULL,NULL,NULL,'127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,1796413615591,'CUSTOM_REQUIRED_ACTION','447d6416-baae-42f3-9174-549a9a5b7d52','{\"custom_required_action\":\"secure-access-verify-identity\",\"proofing_result\":\"verified\",\"proofing_method\":\"exception\"}'),
('90380edb-ccab-4336-b7b3-7f4940a08254','demo-app',NULL,NULL,'127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52','U3duKQ8Ggl0dBvkQ0EEFPhdl',1796413620207,'LOGIN','728bab6a-54a9-48f6-8037-e81a1ae8f820','{\"auth_method\":\"openid-connect\",\"auth_type\":\"code\",\"response_type\":\"code\",\"redirect_uri\":\"http://localhost:33517/callback\",\"consent\":\"no_consent_required\",\"code_id\":\"U3duKQ8Ggl0dBvkQ0EEFPhdl\",\"username\":\"upgrade-app-person\",\"response_mode\":\"query\"}'),
('941d950e-39b9-495b-acb3-339c269ba2ca','demo-app',NULL,'invalid_user_credentials','127.0.0.1','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,1796413620461,'LOGIN_ERROR','728bab6a-54a9-48f6-8037-e81a1ae8f820','{\"auth_method\":\"openid-connect\",\"auth_type\":\"code\",\"redirect_uri\":\"http://localhost:44421/callback\",\"code_id\":\"1F_0Hp6ga3nkG58xwN88bZIH\",\"username\":\"upgrade-app-person\"}');
/*!40000 ALTER TABLE `EVENT_ENTITY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FEDERATED_IDENTITY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FEDERATED_IDENTITY` (
  `IDENTITY_PROVIDER` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `FEDERATED_USER_ID` varchar(255) DEFAULT NULL,
  `FEDERATED_USERNAME` varchar(255) DEFAULT NULL,
  `TOKEN` text DEFAULT NULL,
  `USER_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`IDENTITY_PROVIDER`,`USER_ID`),
  KEY `IDX_FEDIDENTITY_USER` (`USER_ID`),
  KEY `IDX_FEDIDENTITY_FEDUSER` (`FEDERATED_USER_ID`),
  CONSTRAINT `FK404288B92EF007A6` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FEDERATED_IDENTITY` WRITE;
/*!40000 ALTER TABLE `FEDERATED_IDENTITY` DISABLE KEYS */;
/*!40000 ALTER TABLE `FEDERATED_IDENTITY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FEDERATED_USER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FEDERATED_USER` (
  `ID` varchar(255) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FEDERATED_USER` WRITE;
/*!40000 ALTER TABLE `FEDERATED_USER` DISABLE KEYS */;
/*!40000 ALTER TABLE `FEDERATED_USER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_ISSUED_VER_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_ISSUED_VER_CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) NOT NULL,
  `VER_CREDENTIAL_ID` varchar(36) NOT NULL,
  `ISSUED_AT` bigint(20) NOT NULL,
  `EXPIRES_AT` bigint(20) DEFAULT NULL,
  `CLIENT_ID` varchar(36) DEFAULT NULL,
  `REVISION` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_FED_ISSUED_VC_USER` (`USER_ID`,`REALM_ID`,`ISSUED_AT`),
  KEY `IDX_FED_ISSUED_VC_EXPIRES` (`EXPIRES_AT`),
  KEY `IDX_FED_ISSUED_VC_CRED_ID` (`VER_CREDENTIAL_ID`),
  KEY `IDX_FED_ISSUED_VC_STORAGE` (`STORAGE_PROVIDER_ID`),
  CONSTRAINT `FK_FED_ISSUED_VC_VER_CRED` FOREIGN KEY (`VER_CREDENTIAL_ID`) REFERENCES `FED_USER_VER_CREDENTIAL` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_ISSUED_VER_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `FED_ISSUED_VER_CREDENTIAL` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_ISSUED_VER_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_ATTRIBUTE` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  `VALUE` text DEFAULT NULL,
  `LONG_VALUE_HASH` binary(64) DEFAULT NULL,
  `LONG_VALUE_HASH_LOWER_CASE` binary(64) DEFAULT NULL,
  `LONG_VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_FU_ATTRIBUTE` (`USER_ID`,`REALM_ID`,`NAME`),
  KEY `FED_USER_ATTR_LONG_VALUES` (`LONG_VALUE_HASH`,`NAME`),
  KEY `FED_USER_ATTR_LONG_VALUES_LOWER_CASE` (`LONG_VALUE_HASH_LOWER_CASE`,`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `FED_USER_ATTRIBUTE` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_CONSENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_CONSENT` (
  `ID` varchar(36) NOT NULL,
  `CLIENT_ID` varchar(255) DEFAULT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `LAST_UPDATED_DATE` bigint(20) DEFAULT NULL,
  `CLIENT_STORAGE_PROVIDER` varchar(36) DEFAULT NULL,
  `EXTERNAL_CLIENT_ID` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_FU_CONSENT` (`USER_ID`,`CLIENT_ID`),
  KEY `IDX_FU_CONSENT_RU` (`REALM_ID`,`USER_ID`),
  KEY `IDX_FU_CNSNT_EXT` (`USER_ID`,`CLIENT_STORAGE_PROVIDER`,`EXTERNAL_CLIENT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_CONSENT` WRITE;
/*!40000 ALTER TABLE `FED_USER_CONSENT` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_CONSENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_CONSENT_CL_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_CONSENT_CL_SCOPE` (
  `USER_CONSENT_ID` varchar(36) NOT NULL,
  `SCOPE_ID` varchar(36) NOT NULL,
  `PARAMETER` varchar(255) NOT NULL DEFAULT '#N A#',
  PRIMARY KEY (`USER_CONSENT_ID`,`SCOPE_ID`,`PARAMETER`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_CONSENT_CL_SCOPE` WRITE;
/*!40000 ALTER TABLE `FED_USER_CONSENT_CL_SCOPE` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_CONSENT_CL_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `SALT` tinyblob DEFAULT NULL,
  `TYPE` varchar(255) DEFAULT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  `USER_LABEL` varchar(255) DEFAULT NULL,
  `SECRET_DATA` longtext DEFAULT NULL,
  `CREDENTIAL_DATA` longtext DEFAULT NULL,
  `PRIORITY` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_FU_CREDENTIAL` (`USER_ID`,`TYPE`),
  KEY `IDX_FU_CREDENTIAL_RU` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `FED_USER_CREDENTIAL` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_GROUP_MEMBERSHIP`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_GROUP_MEMBERSHIP` (
  `GROUP_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`GROUP_ID`,`USER_ID`),
  KEY `IDX_FU_GROUP_MEMBERSHIP` (`USER_ID`,`GROUP_ID`),
  KEY `IDX_FU_GROUP_MEMBERSHIP_RU` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_GROUP_MEMBERSHIP` WRITE;
/*!40000 ALTER TABLE `FED_USER_GROUP_MEMBERSHIP` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_GROUP_MEMBERSHIP` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_REQUIRED_ACTION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_REQUIRED_ACTION` (
  `REQUIRED_ACTION` varchar(255) NOT NULL DEFAULT ' ',
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`REQUIRED_ACTION`,`USER_ID`),
  KEY `IDX_FU_REQUIRED_ACTION` (`USER_ID`,`REQUIRED_ACTION`),
  KEY `IDX_FU_REQUIRED_ACTION_RU` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_REQUIRED_ACTION` WRITE;
/*!40000 ALTER TABLE `FED_USER_REQUIRED_ACTION` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_REQUIRED_ACTION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_ROLE_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_ROLE_MAPPING` (
  `ROLE_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ROLE_ID`,`USER_ID`),
  KEY `IDX_FU_ROLE_MAPPING` (`USER_ID`,`ROLE_ID`),
  KEY `IDX_FU_ROLE_MAPPING_RU` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_ROLE_MAPPING` WRITE;
/*!40000 ALTER TABLE `FED_USER_ROLE_MAPPING` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_ROLE_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `FED_USER_VER_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `FED_USER_VER_CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `STORAGE_PROVIDER_ID` varchar(36) DEFAULT NULL,
  `CLIENT_SCOPE_ID` varchar(36) NOT NULL,
  `REVISION` varchar(36) NOT NULL,
  `USER_ATTRIBUTES` text DEFAULT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `UPDATED_DATE` bigint(20) DEFAULT NULL,
  `VERSION` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_FED_USER_VC` (`USER_ID`,`CLIENT_SCOPE_ID`),
  KEY `IDX_FED_USER_VC_REALM_USER` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `FED_USER_VER_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `FED_USER_VER_CREDENTIAL` DISABLE KEYS */;
/*!40000 ALTER TABLE `FED_USER_VER_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `GROUP_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `GROUP_ATTRIBUTE` (
  `ID` varchar(36) NOT NULL DEFAULT 'sybase-needs-something-here',
  `NAME` varchar(255) NOT NULL,
  `VALUE` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `GROUP_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_GROUP_ATTR_GROUP` (`GROUP_ID`),
  KEY `IDX_GROUP_ATT_BY_NAME_VALUE` (`NAME`,`VALUE`),
  CONSTRAINT `FK_GROUP_ATTRIBUTE_GROUP` FOREIGN KEY (`GROUP_ID`) REFERENCES `KEYCLOAK_GROUP` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `GROUP_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `GROUP_ATTRIBUTE` DISABLE KEYS */;
/*!40000 ALTER TABLE `GROUP_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `GROUP_ROLE_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `GROUP_ROLE_MAPPING` (
  `ROLE_ID` varchar(36) NOT NULL,
  `GROUP_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ROLE_ID`,`GROUP_ID`),
  KEY `IDX_GROUP_ROLE_MAPP_GROUP` (`GROUP_ID`),
  CONSTRAINT `FK_GROUP_ROLE_GROUP` FOREIGN KEY (`GROUP_ID`) REFERENCES `KEYCLOAK_GROUP` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `GROUP_ROLE_MAPPING` WRITE;
/*!40000 ALTER TABLE `GROUP_ROLE_MAPPING` DISABLE KEYS */;
/*!40000 ALTER TABLE `GROUP_ROLE_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `IDENTITY_PROVIDER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `IDENTITY_PROVIDER` (
  `INTERNAL_ID` varchar(36) NOT NULL,
  `ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `PROVIDER_ALIAS` varchar(255) DEFAULT NULL,
  `PROVIDER_ID` varchar(255) DEFAULT NULL,
  `STORE_TOKEN` tinyint(1) DEFAULT NULL,
  `AUTHENTICATE_BY_DEFAULT` tinyint(1) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `ADD_TOKEN_ROLE` tinyint(1) DEFAULT NULL,
  `TRUST_EMAIL` tinyint(1) DEFAULT NULL,
  `FIRST_BROKER_LOGIN_FLOW_ID` varchar(36) DEFAULT NULL,
  `POST_BROKER_LOGIN_FLOW_ID` varchar(36) DEFAULT NULL,
  `PROVIDER_DISPLAY_NAME` varchar(255) DEFAULT NULL,
  `LINK_ONLY` tinyint(1) DEFAULT NULL,
  `ORGANIZATION_ID` varchar(255) DEFAULT NULL,
  `HIDE_ON_LOGIN` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`INTERNAL_ID`),
  UNIQUE KEY `UK_2DAELWNIBJI49AVXSRTUF6XJ33` (`PROVIDER_ALIAS`,`REALM_ID`),
  KEY `IDX_IDENT_PROV_REALM` (`REALM_ID`),
  KEY `IDX_IDP_REALM_ORG` (`REALM_ID`,`ORGANIZATION_ID`),
  KEY `IDX_IDP_FOR_LOGIN` (`REALM_ID`,`ENABLED`,`LINK_ONLY`,`HIDE_ON_LOGIN`,`ORGANIZATION_ID`),
  CONSTRAINT `FK2B4EBC52AE5C3B34` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `IDENTITY_PROVIDER` WRITE;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER` DISABLE KEYS */;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `IDENTITY_PROVIDER_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `IDENTITY_PROVIDER_CONFIG` (
  `IDENTITY_PROVIDER_ID` varchar(36) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`IDENTITY_PROVIDER_ID`,`NAME`),
  CONSTRAINT `FKDC4897CF864C4E43` FOREIGN KEY (`IDENTITY_PROVIDER_ID`) REFERENCES `IDENTITY_PROVIDER` (`INTERNAL_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `IDENTITY_PROVIDER_CONFIG` WRITE;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `IDENTITY_PROVIDER_MAPPER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `IDENTITY_PROVIDER_MAPPER` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `IDP_ALIAS` varchar(255) NOT NULL,
  `IDP_MAPPER_NAME` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_ID_PROV_MAPP_REALM` (`REALM_ID`),
  CONSTRAINT `FK_IDPM_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `IDENTITY_PROVIDER_MAPPER` WRITE;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER_MAPPER` DISABLE KEYS */;
/*!40000 ALTER TABLE `IDENTITY_PROVIDER_MAPPER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `IDP_MAPPER_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `IDP_MAPPER_CONFIG` (
  `IDP_MAPPER_ID` varchar(36) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`IDP_MAPPER_ID`,`NAME`),
  CONSTRAINT `FK_IDPMCONFIG` FOREIGN KEY (`IDP_MAPPER_ID`) REFERENCES `IDENTITY_PROVIDER_MAPPER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `IDP_MAPPER_CONFIG` WRITE;
/*!40000 ALTER TABLE `IDP_MAPPER_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `IDP_MAPPER_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ISSUED_VER_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ISSUED_VER_CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `VER_CREDENTIAL_ID` varchar(36) NOT NULL,
  `ISSUED_AT` bigint(20) NOT NULL,
  `EXPIRES_AT` bigint(20) DEFAULT NULL,
  `CLIENT_ID` varchar(36) DEFAULT NULL,
  `REVISION` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_ISSUED_VER_CREDENTIAL_USER` (`USER_ID`,`ISSUED_AT`),
  KEY `IDX_ISSUED_VER_CREDENTIAL_EXPIRES_AT` (`EXPIRES_AT`),
  KEY `IDX_ISSUED_VER_CREDENTIAL_VC` (`VER_CREDENTIAL_ID`),
  CONSTRAINT `FK_ISSUED_VER_CREDENTIAL_USER` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`),
  CONSTRAINT `FK_ISSUED_VER_CREDENTIAL_VC` FOREIGN KEY (`VER_CREDENTIAL_ID`) REFERENCES `USER_VER_CREDENTIAL` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ISSUED_VER_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `ISSUED_VER_CREDENTIAL` DISABLE KEYS */;
/*!40000 ALTER TABLE `ISSUED_VER_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `JGROUPS_PING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `JGROUPS_PING` (
  `address` varchar(200) NOT NULL,
  `name` varchar(200) DEFAULT NULL,
  `cluster_name` varchar(200) NOT NULL,
  `ip` varchar(200) NOT NULL,
  `coord` tinyint(1) DEFAULT NULL,
  `last_update` bigint(20) DEFAULT NULL,
  `coordinated_by` varchar(200) DEFAULT NULL,
  PRIMARY KEY (`address`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `JGROUPS_PING` WRITE;
/*!40000 ALTER TABLE `JGROUPS_PING` DISABLE KEYS */;
/*!40000 ALTER TABLE `JGROUPS_PING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `KEYCLOAK_GROUP`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `KEYCLOAK_GROUP` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `PARENT_GROUP` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `TYPE` int(11) NOT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `ORG_ID` varchar(255) DEFAULT NULL,
  `CREATED_TIMESTAMP` bigint(20) DEFAULT NULL,
  `LAST_MODIFIED_TIMESTAMP` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `SIBLING_NAMES` (`REALM_ID`,`PARENT_GROUP`,`NAME`),
  KEY `IDX_GROUP_ORG_ID` (`ORG_ID`),
  CONSTRAINT `FK_GROUP_ORGANIZATION` FOREIGN KEY (`ORG_ID`) REFERENCES `ORG` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `KEYCLOAK_GROUP` WRITE;
/*!40000 ALTER TABLE `KEYCLOAK_GROUP` DISABLE KEYS */;
/*!40000 ALTER TABLE `KEYCLOAK_GROUP` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `KEYCLOAK_ROLE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `KEYCLOAK_ROLE` (
  `ID` varchar(36) NOT NULL,
  `CLIENT_REALM_CONSTRAINT` varchar(255) DEFAULT NULL,
  `CLIENT_ROLE` tinyint(1) DEFAULT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `REALM_ID` varchar(255) DEFAULT NULL,
  `CLIENT` varchar(36) DEFAULT NULL,
  `REALM` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_J3RWUVD56ONTGSUHOGM184WW2-2` (`NAME`,`CLIENT_REALM_CONSTRAINT`),
  KEY `IDX_KEYCLOAK_ROLE_CLIENT` (`CLIENT`),
  KEY `IDX_KEYCLOAK_ROLE_REALM` (`REALM`),
  CONSTRAINT `FK_6VYQFE4CN4WLQ8R6KT5VDSJ5C` FOREIGN KEY (`REALM`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `KEYCLOAK_ROLE` WRITE;
/*!40000 ALTER TABLE `KEYCLOAK_ROLE` DISABLE KEYS */;
INSERT INTO `KEYCLOAK_ROLE` VALUES
('003b2813-9904-48f9-b061-ee060a7a5654','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-users}','manage-users','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('0555bdfc-0fe1-4aa0-8ab7-bd08e2702572','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-authorization}','manage-authorization','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('080ef2d4-854e-4bb3-ba9c-a50f0ce2fd77','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-realm}','view-realm','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('17a2f996-3abc-47af-bbb8-df185e692d85','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-clients}','view-clients','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('1b33169a-08c6-49d5-ae0e-c68fcc0ece01','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_create-client}','create-client','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('22964ce3-106d-4ba0-9de4-6903cbc00544','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-authorization}','view-authorization','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('22ffbe90-8cd1-4564-bb19-ad00e2a86b01','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-organizations}','view-organizations','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('233208a8-b9ff-4f6a-9553-805a7d34dfc3','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-clients}','view-clients','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('25f85a07-c6cb-43c1-b2d9-61d94be736f5','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-realm}','manage-realm','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('2a2f6e95-9553-45a3-9c00-2192ae99f2c1','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-events}','view-events','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('2d5619f2-ea9b-42fc-8ab7-48b57d536944','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_view-consent}','view-consent','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('2e14c127-95f6-4c5d-8973-68428391a6fd','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_impersonation}','impersonation','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('304c9451-8d78-4adb-bf55-1627bd521e3d','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-clients}','view-clients','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('30acbb4a-5d4b-4325-8766-dd98ced1153e','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_query-organizations}','query-organizations','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('314332c9-bfd7-4c89-bc27-fc6eda7f7b32','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,'Secure Access: load, replace and remove the records of record that identity proofing matches people against','secure-access-records-admin','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,NULL),
('32018742-f133-40aa-97aa-097c98a4e9ee','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_query-users}','query-users','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('36246a78-a81f-4e07-9d74-718951e2ac22','9cc4e9ae-5992-4496-8384-abeeec745b85',1,'${role_read-token}','read-token','8c3b9cdd-827b-4664-83e7-f35c5637fa52','9cc4e9ae-5992-4496-8384-abeeec745b85',NULL),
('3c5f702c-9380-40cc-8474-0ebabb1f29ea','d522baac-5120-4b92-868e-a14af5c02a72',0,'${role_offline-access}','offline_access','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('3ecab27a-69c5-4c19-a49d-20eacc4a966e','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-users}','manage-users','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('41e6ad97-70b6-4609-a5e1-0337495b5199','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-identity-providers}','view-identity-providers','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('433ac986-3ed6-4b9a-aea3-3d28d2b201c7','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-clients}','manage-clients','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('48b32d3b-ef9e-4bbb-9c8c-24946f8248f6','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_manage-account-links}','manage-account-links','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('4d9b6227-0c6f-4f72-be83-f7bb126066d8','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-identity-providers}','view-identity-providers','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('4f1d65be-0f66-4ca9-8909-5e6138fd8b39','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_query-groups}','query-groups','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,'${role_default-roles}','default-roles-secure-access','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,NULL),
('573f3580-4e22-4480-b0de-a2f3e174211c','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_view-consent}','view-consent','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('5d9e57a8-3140-4768-a165-22c919b19ad2','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-users}','view-users','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('5f5d00ce-c0f5-4d1d-b376-2f97c9947972','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_query-organizations}','query-organizations','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('6242067c-86b8-434c-8671-99a8b3a03578','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-users}','view-users','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('62ece0b9-56cb-49a5-b5bb-3862aba86048','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-events}','manage-events','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('66226993-20a6-411b-a6be-3479e60e2846','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-events}','manage-events','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('663227c2-b692-4fa9-8916-fe42c727a627','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_query-groups}','query-groups','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('674b56c5-68aa-4a2e-8562-a44adff7dba1','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_view-applications}','view-applications','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('691c148e-c5e6-4735-bcdf-4c2202b685a6','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_query-clients}','query-clients','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('6be6a013-bb9c-4f1d-afcf-8ce8bd7bb27a','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_impersonation}','impersonation','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('6eda7cb6-6d9b-478f-a08b-f0c50a49cd77','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,'Secure Access: verify a person\'s identity by exception and reset a person\'s identity proofing (with the rights to manage that user)','secure-access-proofing-admin','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,NULL),
('70fb38e3-ebdf-4654-a210-aeead638b5ae','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_delete-account}','delete-account','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('74c8218b-9740-4eb1-9b98-ba3adb40b4a2','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_realm-admin}','realm-admin','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('74e48256-63f4-4334-acde-7db0780995e0','96515917-a562-4d0b-a4f6-f534cb148e03',1,'${role_read-token}','read-token','d522baac-5120-4b92-868e-a14af5c02a72','96515917-a562-4d0b-a4f6-f534cb148e03',NULL),
('782d8daa-dec1-4ffe-9947-9f01a4f9ca61','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_create-client}','create-client','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('7849380a-741e-4c30-9de4-dd35c9a622ca','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_manage-consent}','manage-consent','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('790fb19e-6791-4c0e-bc17-5ea95d2c7473','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_query-organizations}','query-organizations','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('7a3f05ae-9dac-445c-a4ed-3e9783d222f8','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-organizations}','view-organizations','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('7d76651d-3a7c-474a-9865-773beb447401','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_delete-account}','delete-account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('7daba47c-69df-42cb-adb3-ff5a2d5d32ae','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-identity-providers}','manage-identity-providers','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('8162482e-4cdc-4c6c-b5cc-219a21f34f09','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-organizations}','manage-organizations','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('824a4471-e2ee-492f-9ea7-0f24ab6c62ac','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,'${role_uma_authorization}','uma_authorization','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,NULL),
('861c623c-55be-4925-8570-739b40223b57','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_manage-account-links}','manage-account-links','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('880c7ca9-045a-40d2-9d30-140acd277f0c','d522baac-5120-4b92-868e-a14af5c02a72',0,'${role_admin}','admin','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('890e0b85-3bc5-4e21-a7ed-8b7475acf8f7','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_view-applications}','view-applications','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('89382555-1d27-4846-8949-3fb775302625','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-realm}','view-realm','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('8d62602b-af5c-4895-9ad5-a65554a0add8','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_view-groups}','view-groups','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('906b4328-f1c5-4808-b3fc-45b5aea8160e','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_query-realms}','query-realms','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('978ca674-582d-4710-a68d-09d5e5834776','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-authorization}','manage-authorization','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('990fe576-ef9c-4f13-83c5-d8b9203d766e','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_query-realms}','query-realms','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('9b80db90-c270-41c2-b23a-38ab622ed800','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-organizations}','manage-organizations','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('9e9ddbe4-6670-4a33-800a-250bb075ae88','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-realm}','manage-realm','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('9ffceeda-b264-45ff-9f09-340376dfe675','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-authorization}','view-authorization','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('a05a70d4-2714-4522-a25a-98a276df379a','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_manage-account}','manage-account','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('a19e1a69-77f7-4a2e-acf5-b760453fd531','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_query-clients}','query-clients','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('a5f73309-718f-47af-b76c-c819a2fa0119','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-users}','view-users','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('a7008507-14e9-47a5-94d6-7377a8b87518','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-realm}','view-realm','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('a97030b9-80c2-4a95-87cb-9e0a5f5f2127','d522baac-5120-4b92-868e-a14af5c02a72',0,'${role_uma_authorization}','uma_authorization','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('aafb8e4a-e04c-4b71-b7c2-2fc72fd6202d','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_impersonation}','impersonation','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('aca1c4e6-1221-4f99-9a62-34db0de6a60a','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_query-groups}','query-groups','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('ad0a431f-31f0-4c61-a452-7a4dea65b09b','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,'${role_offline-access}','offline_access','8c3b9cdd-827b-4664-83e7-f35c5637fa52',NULL,NULL),
('adfa7f5d-7354-4b53-bb0e-ecefe333fc99','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_query-clients}','query-clients','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('b04eabd0-e7ee-4338-b3c4-2ec119a2b00b','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_manage-identity-providers}','manage-identity-providers','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('b1c6308a-83e4-409b-ab39-d48340ef4f86','d522baac-5120-4b92-868e-a14af5c02a72',0,'${role_create-realm}','create-realm','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('b4b270be-cb7a-42c1-8036-9ed06d215cf8','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-organizations}','manage-organizations','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('b627f124-f1cb-4e27-ad30-79977e38adfb','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-events}','view-events','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('b6dc816b-d067-4a7b-a6b0-36449fb331c2','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_view-profile}','view-profile','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('bc1717d8-1ae5-4616-8d20-856c71d1f965','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-organizations}','view-organizations','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('bf27a8b9-eaa0-453d-a782-5caeae6c2b93','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-events}','manage-events','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('c0dba7ad-a674-44bf-b1a1-b9a3676c4694','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_view-groups}','view-groups','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('c34f8293-c634-4675-b66e-71d88a9dc3fe','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-realm}','manage-realm','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('c4aa603b-3491-4be8-b5cb-07199a1801ea','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_manage-account}','manage-account','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('c6dd005b-00aa-4823-899b-3b8a7fd75b23','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_view-authorization}','view-authorization','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('ca672bf2-11fb-489b-bc8d-b341c9be12c1','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-authorization}','manage-authorization','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','d522baac-5120-4b92-868e-a14af5c02a72',0,'${role_default-roles}','default-roles-master','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('d6df43b5-4634-4cfb-9f42-e1baa04e6d83','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_query-users}','query-users','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('e10035cc-585d-4f79-a6bc-34ac9fe87c9a','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_query-realms}','query-realms','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('e222e82a-3086-44d5-b14e-70a7972ed8bb','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-identity-providers}','manage-identity-providers','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('e37eebed-8879-4b0c-a93a-09dc9b4b9c0b','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_view-identity-providers}','view-identity-providers','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('e4caec58-dcc5-4d3a-b0b6-9a6914d8ebe8','af7181a5-59e4-4ef9-b738-426aba3c1d3f',1,'${role_query-users}','query-users','d522baac-5120-4b92-868e-a14af5c02a72','af7181a5-59e4-4ef9-b738-426aba3c1d3f',NULL),
('e661b618-674a-46f0-9051-453d059eb466','6b841935-aead-474b-b8f6-2739839ceae0',1,'${role_manage-consent}','manage-consent','d522baac-5120-4b92-868e-a14af5c02a72','6b841935-aead-474b-b8f6-2739839ceae0',NULL),
('e913a8c0-d257-4281-bb54-94bc77a51b48','d522baac-5120-4b92-868e-a14af5c02a72',0,'Secure Access: verify a person\'s identity by exception and reset a person\'s identity proofing (with the rights to manage that user)','secure-access-proofing-admin','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('eab1af5a-1128-4e20-a05f-396c7d7516ab','802dc626-dd6f-4876-8ec4-b98b61f64dda',1,'${role_view-profile}','view-profile','8c3b9cdd-827b-4664-83e7-f35c5637fa52','802dc626-dd6f-4876-8ec4-b98b61f64dda',NULL),
('ec000cc0-db68-4b34-b202-c0f874a197e5','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-users}','manage-users','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('f141dd41-bf1a-4479-a7f4-ec2f9f2e1bfd','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_manage-clients}','manage-clients','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('f2d23dcb-0657-48dc-adcb-d1fdb471f8d9','369372a4-0ff4-4db7-8f61-52b5cfa8f714',1,'${role_manage-clients}','manage-clients','8c3b9cdd-827b-4664-83e7-f35c5637fa52','369372a4-0ff4-4db7-8f61-52b5cfa8f714',NULL),
('f453c964-0759-4357-823d-3e7f352bcd0a','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_create-client}','create-client','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL),
('f4b9c3b9-b224-4347-af05-e2403693c750','d522baac-5120-4b92-868e-a14af5c02a72',0,'Secure Access: load, replace and remove the records of record that identity proofing matches people against','secure-access-records-admin','d522baac-5120-4b92-868e-a14af5c02a72',NULL,NULL),
('fc52da2a-a970-480f-ac8b-6d344e8a59cb','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1,'${role_view-events}','view-events','d522baac-5120-4b92-868e-a14af5c02a72','ec5d3a42-d335-4976-bf14-fa4175ffd2cd',NULL);
/*!40000 ALTER TABLE `KEYCLOAK_ROLE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `LOGIN_FAILURE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `LOGIN_FAILURE` (
  `REALM_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) NOT NULL,
  `FAILED_LOGIN_NOT_BEFORE` bigint(20) DEFAULT 0,
  `NUM_FAILURES` int(11) DEFAULT 0,
  `NUM_TEMPORARY_LOCKOUTS` int(11) DEFAULT 0,
  `LAST_FAILURE` bigint(20) DEFAULT 0,
  `LAST_IP_FAILURE` varchar(255) DEFAULT NULL,
  `NUM_SECONDARY_AUTH_FAILURES` int(11) DEFAULT 0,
  PRIMARY KEY (`REALM_ID`,`USER_ID`),
  KEY `IDX_LOGIN_FAILURE_EXPIRE` (`LAST_FAILURE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `LOGIN_FAILURE` WRITE;
/*!40000 ALTER TABLE `LOGIN_FAILURE` DISABLE KEYS */;
/*!40000 ALTER TABLE `LOGIN_FAILURE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `MIGRATION_MODEL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `MIGRATION_MODEL` (
  `ID` varchar(36) NOT NULL,
  `VERSION` varchar(36) DEFAULT NULL,
  `UPDATE_TIME` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_MIGRATION_UPDATE_TIME` (`UPDATE_TIME`),
  UNIQUE KEY `UK_MIGRATION_VERSION` (`VERSION`),
  KEY `IDX_UPDATE_TIME` (`UPDATE_TIME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `MIGRATION_MODEL` WRITE;
/*!40000 ALTER TABLE `MIGRATION_MODEL` DISABLE KEYS */;
INSERT INTO `MIGRATION_MODEL` VALUES
('dw57m','26.7.3',1796413607);
/*!40000 ALTER TABLE `MIGRATION_MODEL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `OFFLINE_CLIENT_SESSION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `OFFLINE_CLIENT_SESSION` (
  `USER_SESSION_ID` varchar(36) NOT NULL,
  `CLIENT_ID` varchar(255) NOT NULL,
  `OFFLINE_FLAG` varchar(4) NOT NULL,
  `TIMESTAMP` int(11) DEFAULT NULL,
  `DATA` longtext DEFAULT NULL,
  `CLIENT_STORAGE_PROVIDER` varchar(36) NOT NULL DEFAULT 'local',
  `EXTERNAL_CLIENT_ID` varchar(255) NOT NULL DEFAULT 'local',
  `VERSION` int(11) DEFAULT 0,
  `REALM_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`USER_SESSION_ID`,`CLIENT_ID`,`CLIENT_STORAGE_PROVIDER`,`EXTERNAL_CLIENT_ID`,`OFFLINE_FLAG`),
  KEY `IDX_OFFLINE_CSS_BY_CLIENT` (`CLIENT_ID`,`OFFLINE_FLAG`),
  KEY `IDX_OFFLINE_CSS_BY_CLIENT_STORAGE_PROVIDER` (`CLIENT_STORAGE_PROVIDER`,`EXTERNAL_CLIENT_ID`,`OFFLINE_FLAG`),
  KEY `IDX_OFFLINE_CSS_BY_USER_SESSION_AND_OFFLINE` (`OFFLINE_FLAG`,`USER_SESSION_ID`),
  KEY `IDX_OFFLINE_CSS_BY_CLIENT_AND_REALM` (`REALM_ID`,`OFFLINE_FLAG`,`CLIENT_ID`,`CLIENT_STORAGE_PROVIDER`,`EXTERNAL_CLIENT_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `OFFLINE_CLIENT_SESSION` WRITE;
/*!40000 ALTER TABLE `OFFLINE_CLIENT_SESSION` DISABLE KEYS */;
INSERT INTO `OFFLINE_CLIENT_SESSION` VALUES
('0zAnUbzL0v2btdPmKoOpy37Q','4b44a741-c112-40de-b8a7-022ccef61529','0',1796413615,'{\"authMethod\":\"openid-connect\",\"notes\":{\"clientId\":\"4b44a741-c112-40de-b8a7-022ccef61529\",\"userSessionStartedAt\":\"1796413615\",\"iss\":\"http://localhost:18080/realms/master\",\"startedAt\":\"1796413615\",\"level-of-authentication\":\"-1\"}}','local','local',0,'d522baac-5120-4b92-868e-a14af5c02a72'),
('U3duKQ8Ggl0dBvkQ0EEFPhdl','a4c79078-6af2-490f-98f6-b2128743e381','0',1796413620,'{\"authMethod\":\"openid-connect\",\"redirectUri\":\"http://localhost:33517/callback\",\"notes\":{\"clientId\":\"a4c79078-6af2-490f-98f6-b2128743e381\",\"scope\":\"openid\",\"userSessionStartedAt\":\"1796413620\",\"iss\":\"http://localhost:18080/realms/secure-access\",\"startedAt\":\"1796413620\",\"response_type\":\"code\",\"level-of-authentication\":\"2\",\"code_challenge_method\":\"S256\",\"redirect_uri\":\"http://localhost:33517/callback\",\"code_challenge\":\"Gzpf_PLry0g7jpgd-kC7jGT5p4esMg6NqgFsnPXywVk\"}}','local','local',0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('WaRTdLfcGbqQiGCOu6FK-fhw','a4c79078-6af2-490f-98f6-b2128743e381','0',1796413616,'{\"authMethod\":\"openid-connect\",\"redirectUri\":\"http://localhost:44421/callback\",\"notes\":{\"clientId\":\"a4c79078-6af2-490f-98f6-b2128743e381\",\"scope\":\"openid\",\"userSessionStartedAt\":\"1796413616\",\"iss\":\"http://localhost:18080/realms/secure-access\",\"startedAt\":\"1796413616\",\"response_type\":\"code\",\"level-of-authentication\":\"2\",\"code_challenge_method\":\"S256\",\"redirect_uri\":\"http://localhost:44421/callback\",\"code_challenge\":\"1jtK9gu5fOdLKLIucxKVPhXXwxwCL4X4GMiQOAHzACk\"}}','local','local',0,'8c3b9cdd-827b-4664-83e7-f35c5637fa52');
/*!40000 ALTER TABLE `OFFLINE_CLIENT_SESSION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `OFFLINE_USER_SESSION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `OFFLINE_USER_SESSION` (
  `USER_SESSION_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `CREATED_ON` int(11) NOT NULL,
  `OFFLINE_FLAG` varchar(4) NOT NULL,
  `DATA` longtext DEFAULT NULL,
  `LAST_SESSION_REFRESH` int(11) NOT NULL DEFAULT 0,
  `BROKER_SESSION_ID` text DEFAULT NULL,
  `VERSION` int(11) DEFAULT 0,
  `REMEMBER_ME` tinyint(1) DEFAULT NULL,
  PRIMARY KEY (`USER_SESSION_ID`,`OFFLINE_FLAG`),
  KEY `IDX_OFFLINE_USS_BY_USER` (`USER_ID`,`REALM_ID`,`OFFLINE_FLAG`),
  KEY `IDX_OFFLINE_USS_BY_BROKER_SESSION_ID` (`BROKER_SESSION_ID`(255),`REALM_ID`),
  KEY `IDX_USER_SESSION_EXPIRATION_CREATED` (`REALM_ID`,`OFFLINE_FLAG`,`REMEMBER_ME`,`CREATED_ON`,`USER_SESSION_ID`,`USER_ID`),
  KEY `IDX_USER_SESSION_EXPIRATION_LAST_REFRESH` (`REALM_ID`,`OFFLINE_FLAG`,`REMEMBER_ME`,`LAST_SESSION_REFRESH`,`USER_SESSION_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `OFFLINE_USER_SESSION` WRITE;
/*!40000 ALTER TABLE `OFFLINE_USER_SESSION` DISABLE KEYS */;
INSERT INTO `OFFLINE_USER_SESSION` VALUES
('0zAnUbzL0v2btdPmKoOpy37Q','848f4800-9ed0-4342-b204-1055bcfa6d10','d522baac-5120-4b92-868e-a14af5c02a72',1796413615,'0','{\"ipAddress\":\"127.0.0.1\",\"authMethod\":\"openid-connect\",\"rememberMe\":false,\"started\":0,\"notes\":{\"KC_DEVICE_NOTE\":\"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==\",\"authenticators-completed\":\"{\\\"c5a86b97-8dda-4125-92e8-b8e651de469f\\\":1796413614,\\\"f44d5906-5317-4155-9036-481a6c4c369c\\\":1796413615}\"},\"state\":\"LOGGED_IN\"}',1796413615,NULL,0,0),
('U3duKQ8Ggl0dBvkQ0EEFPhdl','728bab6a-54a9-48f6-8037-e81a1ae8f820','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1796413620,'0','{\"ipAddress\":\"127.0.0.1\",\"authMethod\":\"openid-connect\",\"rememberMe\":false,\"started\":0,\"notes\":{\"secure-access.second-factor\":\"otp\",\"KC_DEVICE_NOTE\":\"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==\",\"loa-map\":\"{\\\"2\\\":1796413620}\",\"AUTH_TIME\":\"1796413620\",\"authenticators-completed\":\"{\\\"344c2b02-bb5e-4035-a8c9-db7be0649bb1\\\":1796413616,\\\"a4824e9d-8604-4ced-9e0d-e97c76ff8020\\\":1796413616,\\\"b1f28b16-d7d8-41c6-bfb5-437985a6ce51\\\":1796413620,\\\"a245770f-489f-4a36-b4c4-ce6fe768ec04\\\":1796413620,\\\"1e7f7c5a-5ae8-48fa-a12b-d19bef5ce211\\\":1796413620,\\\"3ae01c1c-023a-4f64-a551-c28f93195d4c\\\":1796413620}\"},\"state\":\"LOGGED_IN\"}',1796413620,NULL,0,0),
('WaRTdLfcGbqQiGCOu6FK-fhw','728bab6a-54a9-48f6-8037-e81a1ae8f820','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1796413616,'0','{\"ipAddress\":\"127.0.0.1\",\"authMethod\":\"openid-connect\",\"rememberMe\":false,\"started\":0,\"notes\":{\"secure-access.second-factor\":\"otp\",\"KC_DEVICE_NOTE\":\"eyJpcEFkZHJlc3MiOiIxMjcuMC4wLjEiLCJvcyI6Ik90aGVyIiwib3NWZXJzaW9uIjoiVW5rbm93biIsImJyb3dzZXIiOiJPdGhlci9Vbmtub3duIiwiZGV2aWNlIjoiT3RoZXIiLCJsYXN0QWNjZXNzIjowLCJtb2JpbGUiOmZhbHNlfQ==\",\"loa-map\":\"{\\\"2\\\":1796413616}\",\"AUTH_TIME\":\"1796413616\",\"authenticators-completed\":\"{\\\"344c2b02-bb5e-4035-a8c9-db7be0649bb1\\\":1796413616,\\\"a4824e9d-8604-4ced-9e0d-e97c76ff8020\\\":1796413616,\\\"b1f28b16-d7d8-41c6-bfb5-437985a6ce51\\\":1796413616,\\\"a245770f-489f-4a36-b4c4-ce6fe768ec04\\\":1796413616,\\\"1e7f7c5a-5ae8-48fa-a12b-d19bef5ce211\\\":1796413616,\\\"3ae01c1c-023a-4f64-a551-c28f93195d4c\\\":1796413616}\"},\"state\":\"LOGGED_IN\"}',1796413616,NULL,0,0);
/*!40000 ALTER TABLE `OFFLINE_USER_SESSION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ORG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ORG` (
  `ID` varchar(255) NOT NULL,
  `ENABLED` tinyint(1) NOT NULL,
  `REALM_ID` varchar(255) NOT NULL,
  `GROUP_ID` varchar(255) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `DESCRIPTION` text DEFAULT NULL,
  `ALIAS` varchar(255) NOT NULL,
  `REDIRECT_URL` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_ORG_NAME` (`REALM_ID`,`NAME`),
  UNIQUE KEY `UK_ORG_GROUP` (`GROUP_ID`),
  UNIQUE KEY `UK_ORG_ALIAS` (`REALM_ID`,`ALIAS`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ORG` WRITE;
/*!40000 ALTER TABLE `ORG` DISABLE KEYS */;
/*!40000 ALTER TABLE `ORG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ORG_DOMAIN`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ORG_DOMAIN` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `VERIFIED` tinyint(1) NOT NULL,
  `ORG_ID` varchar(255) NOT NULL,
  PRIMARY KEY (`ID`,`NAME`),
  KEY `IDX_ORG_DOMAIN_ORG_ID` (`ORG_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ORG_DOMAIN` WRITE;
/*!40000 ALTER TABLE `ORG_DOMAIN` DISABLE KEYS */;
/*!40000 ALTER TABLE `ORG_DOMAIN` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ORG_INVITATION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ORG_INVITATION` (
  `ID` varchar(36) NOT NULL,
  `ORGANIZATION_ID` varchar(255) NOT NULL,
  `EMAIL` varchar(255) NOT NULL,
  `FIRST_NAME` varchar(255) DEFAULT NULL,
  `LAST_NAME` varchar(255) DEFAULT NULL,
  `CREATED_AT` int(11) NOT NULL,
  `EXPIRES_AT` int(11) DEFAULT NULL,
  `INVITE_LINK` text DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_ORG_INVITATION_EMAIL` (`ORGANIZATION_ID`,`EMAIL`),
  KEY `IDX_ORG_INVITATION_ORG_ID` (`ORGANIZATION_ID`),
  KEY `IDX_ORG_INVITATION_EMAIL` (`EMAIL`),
  KEY `IDX_ORG_INVITATION_EXPIRES` (`EXPIRES_AT`),
  CONSTRAINT `FK_ORG_INVITATION_ORG` FOREIGN KEY (`ORGANIZATION_ID`) REFERENCES `ORG` (`ID`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ORG_INVITATION` WRITE;
/*!40000 ALTER TABLE `ORG_INVITATION` DISABLE KEYS */;
/*!40000 ALTER TABLE `ORG_INVITATION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `OUTBOX_ENTRY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `OUTBOX_ENTRY` (
  `ID` varchar(36) NOT NULL,
  `ENTRY_KIND` varchar(64) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `OWNER_ID` varchar(64) NOT NULL,
  `CONTAINER_ID` varchar(64) DEFAULT NULL,
  `CORRELATION_ID` varchar(255) NOT NULL,
  `ENTRY_TYPE` text NOT NULL,
  `PAYLOAD` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  `METADATA` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `STATUS` varchar(16) NOT NULL,
  `ATTEMPTS` int(11) NOT NULL DEFAULT 0,
  `NEXT_ATTEMPT_AT` timestamp NOT NULL,
  `LAST_ERROR` text DEFAULT NULL,
  `CREATED_AT` timestamp NOT NULL,
  `DELIVERED_AT` timestamp NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UC_OUTBOX_KIND_OWNER_CORRELATION` (`ENTRY_KIND`,`OWNER_ID`,`CORRELATION_ID`),
  KEY `IDX_OUTBOX_DRAIN` (`ENTRY_KIND`,`STATUS`,`NEXT_ATTEMPT_AT`),
  KEY `IDX_OUTBOX_REALM` (`ENTRY_KIND`,`REALM_ID`,`STATUS`),
  KEY `IDX_OUTBOX_OWNER` (`ENTRY_KIND`,`OWNER_ID`,`STATUS`),
  KEY `IDX_OUTBOX_CONTAINER` (`ENTRY_KIND`,`OWNER_ID`,`CONTAINER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `OUTBOX_ENTRY` WRITE;
/*!40000 ALTER TABLE `OUTBOX_ENTRY` DISABLE KEYS */;
/*!40000 ALTER TABLE `OUTBOX_ENTRY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `POLICY_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `POLICY_CONFIG` (
  `POLICY_ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  PRIMARY KEY (`POLICY_ID`,`NAME`),
  CONSTRAINT `FKDC34197CF864C4E43` FOREIGN KEY (`POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `POLICY_CONFIG` WRITE;
/*!40000 ALTER TABLE `POLICY_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `POLICY_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `PROTOCOL_MAPPER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `PROTOCOL_MAPPER` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `PROTOCOL` varchar(255) NOT NULL,
  `PROTOCOL_MAPPER_NAME` varchar(255) NOT NULL,
  `CLIENT_ID` varchar(36) DEFAULT NULL,
  `CLIENT_SCOPE_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_PROTOCOL_MAPPER_CLIENT` (`CLIENT_ID`),
  KEY `IDX_CLSCOPE_PROTMAP` (`CLIENT_SCOPE_ID`),
  CONSTRAINT `FK_CLI_SCOPE_MAPPER` FOREIGN KEY (`CLIENT_SCOPE_ID`) REFERENCES `CLIENT_SCOPE` (`ID`),
  CONSTRAINT `FK_PCM_REALM` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `PROTOCOL_MAPPER` WRITE;
/*!40000 ALTER TABLE `PROTOCOL_MAPPER` DISABLE KEYS */;
INSERT INTO `PROTOCOL_MAPPER` VALUES
('02a877e4-6d2a-4200-9643-3a60a0af0130','role list','saml','saml-role-list-mapper',NULL,'998ac230-bcd5-4467-b05e-2b0be42c11e4'),
('1006d043-1405-43da-a233-796871c9b41f','email verified','openid-connect','oidc-usermodel-property-mapper',NULL,'1b3fd5bb-8378-45fe-8e0a-74395f0cc704'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','groups','openid-connect','oidc-usermodel-realm-role-mapper',NULL,'925f2f40-4d71-4cfc-9202-0d70d0c5d639'),
('17abf836-475e-4d03-a54c-5cfeb057129b','email verified','openid-connect','oidc-usermodel-property-mapper',NULL,'d59fb9ef-1a2a-4685-b5f9-1710d64f6080'),
('1a1d0aa5-8fd2-4808-b5d4-f7bbbddc15fa','allowed web origins','openid-connect','oidc-allowed-origins-mapper',NULL,'81edc363-2543-44a4-aba8-ee8668ba5129'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','birthdate','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','gender','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','client roles','openid-connect','oidc-usermodel-client-role-mapper',NULL,'a8ddeafa-495f-4ab3-8203-f24840066bc2'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','profile','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','phone number verified','openid-connect','oidc-usermodel-attribute-mapper',NULL,'ef7a934d-17df-4e51-931f-cdcb4980272d'),
('39a76b97-b296-4b30-bdf4-728849545244','updated at','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('3fb52e98-8954-4dc6-8f57-b6061d68e7de','audience resolve','openid-connect','oidc-audience-resolve-mapper','4b87fe0b-9140-487c-a46a-28a692f7b995',NULL),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','middle name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','locale','openid-connect','oidc-usermodel-attribute-mapper','c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6',NULL),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','gender','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','zoneinfo','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','Client IP Address','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'73a784d5-2829-4f69-8030-4b3a3059f747'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','middle name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','username','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','email','openid-connect','oidc-usermodel-attribute-mapper',NULL,'d59fb9ef-1a2a-4685-b5f9-1710d64f6080'),
('5362e531-233c-4986-a9f1-cbb366c95384','Client ID','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'73a784d5-2829-4f69-8030-4b3a3059f747'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','auth_time','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'319a0e13-125a-4810-a85d-9944040e448b'),
('55ca0d2e-f280-4489-915b-43b990e99058','sub','openid-connect','oidc-sub-mapper',NULL,'653a7b55-670f-4f44-b8e1-d9a3573fa9ef'),
('5768da57-58c1-4a14-9592-f27be0775f3c','role list','saml','saml-role-list-mapper',NULL,'d4c60d4b-4326-4531-857f-aae4784c0385'),
('57b0d08c-c8ba-4953-b0e7-482ffc04491a','audience resolve','openid-connect','oidc-audience-resolve-mapper','4e372c50-af79-4aa0-ab0e-1780d80fcb7a',NULL),
('57c176bb-6f52-404c-b0b2-399267370672','client roles','openid-connect','oidc-usermodel-client-role-mapper',NULL,'316169ff-d1fd-427e-859c-5a442b94f9f8'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','locale','openid-connect','oidc-usermodel-attribute-mapper','f988e782-04fa-4304-90e5-337bd614713c',NULL),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','email','openid-connect','oidc-usermodel-attribute-mapper',NULL,'1b3fd5bb-8378-45fe-8e0a-74395f0cc704'),
('5b133cb4-458e-435a-b1fb-cc5678a7276c','acr loa level','openid-connect','oidc-acr-mapper',NULL,'896c5033-95e2-4f11-b7c0-6bf4557e7e10'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','website','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('5da6f0ad-ed5d-427e-98bc-ffa8360470eb','AuthnContextClassRef','saml','saml-authn-context-class-ref-mapper',NULL,'651d1af4-10fc-4cc9-9b3c-8e9d7ad263ec'),
('5ece2416-bad9-4325-be7c-6269645e52bb','sub','openid-connect','oidc-sub-mapper',NULL,'319a0e13-125a-4810-a85d-9944040e448b'),
('5f7071b8-0dc6-4040-a963-d84b5940b37f','full name','openid-connect','oidc-full-name-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','phone number','openid-connect','oidc-usermodel-attribute-mapper',NULL,'0849dade-3a8f-45bd-a42f-ee66a2e4358c'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','family name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','username','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('78500433-be95-4191-b5d7-8227a1f5717b','locale','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('7a424a20-4f70-4ec2-a623-c088f6558749','family name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','auth_time','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'653a7b55-670f-4f44-b8e1-d9a3573fa9ef'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','realm roles','openid-connect','oidc-usermodel-realm-role-mapper',NULL,'a8ddeafa-495f-4ab3-8203-f24840066bc2'),
('80a3fd7a-cafe-4682-877b-8b7720396b56','audience resolve','openid-connect','oidc-audience-resolve-mapper',NULL,'a8ddeafa-495f-4ab3-8203-f24840066bc2'),
('81f0d274-35c6-4f42-9f86-7c912048f443','locale','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','organization','openid-connect','oidc-organization-membership-mapper',NULL,'a997dbb8-f0aa-4e62-af9a-bcaa17c75f7e'),
('86427d70-e0cb-4589-9122-6afcac7c909b','zoneinfo','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','upn','openid-connect','oidc-usermodel-attribute-mapper',NULL,'3123638e-61d5-476c-a471-eb9f9c4ea957'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','updated at','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','phone number','openid-connect','oidc-usermodel-attribute-mapper',NULL,'ef7a934d-17df-4e51-931f-cdcb4980272d'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','organization','openid-connect','oidc-organization-membership-mapper',NULL,'24f7fa9b-a7c7-457e-a6a7-02b7354598ac'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','Client Host','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'9c577a99-e116-4c66-ac21-c7ab951fff45'),
('9e08ee69-5574-4251-9b5f-db9685396444','realm roles','openid-connect','oidc-usermodel-realm-role-mapper',NULL,'316169ff-d1fd-427e-859c-5a442b94f9f8'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','picture','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('a70a34ea-acaf-4af9-944b-699dcfcfac87','AuthnContextClassRef','saml','saml-authn-context-class-ref-mapper',NULL,'5e4d1885-61fc-42de-b75a-2ad64623cbdb'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','nickname','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','given name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','groups','openid-connect','oidc-usermodel-realm-role-mapper',NULL,'3123638e-61d5-476c-a471-eb9f9c4ea957'),
('b26ff009-595c-4396-8f59-e5e23ab8c480','authentication methods (amr)','openid-connect','oidc-amr-mapper','a4c79078-6af2-490f-98f6-b2128743e381',NULL),
('b5f606f8-f756-47cf-93b3-f781ba346acf','allowed web origins','openid-connect','oidc-allowed-origins-mapper',NULL,'cf4949a0-1f53-4e08-9995-13f1c6592ced'),
('be156d95-8111-448a-8770-ed9cb2248c51','address','openid-connect','oidc-address-mapper',NULL,'7e498685-6eee-49da-9454-eb67b709bfcb'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','website','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','given name','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('c54bab48-23bb-40c7-890f-4ab982be4561','nickname','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','Client IP Address','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'9c577a99-e116-4c66-ac21-c7ab951fff45'),
('d1149020-8387-40d9-9291-45ced71fd610','organization','saml','saml-organization-membership-mapper',NULL,'5a567a95-8397-436d-8eee-43eba27e40a8'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','Client ID','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'9c577a99-e116-4c66-ac21-c7ab951fff45'),
('db339d8b-0c80-4e75-8fc8-eabf1db2da14','full name','openid-connect','oidc-full-name-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','birthdate','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('e5346a0b-5631-4404-b24d-8efb0d407833','address','openid-connect','oidc-address-mapper',NULL,'63d8ab4e-13b3-4ef2-8b7d-796152226624'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','verified claims (identity proofing)','openid-connect','secure-access-verified-claims','a4c79078-6af2-490f-98f6-b2128743e381',NULL),
('ef468b6f-cecd-44c5-bc1f-775fbf3e1c43','audience resolve','openid-connect','oidc-audience-resolve-mapper',NULL,'316169ff-d1fd-427e-859c-5a442b94f9f8'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','picture','openid-connect','oidc-usermodel-attribute-mapper',NULL,'dca5d79a-aa64-4cfe-b98a-608ab339f979'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','profile','openid-connect','oidc-usermodel-attribute-mapper',NULL,'09d849be-13d2-4e86-acb9-d96f47f5d84f'),
('f843cc08-a0f0-4f22-8ab4-5d46ede1cec3','acr loa level','openid-connect','oidc-acr-mapper',NULL,'465298e3-5095-4236-a12d-4522850d2e47'),
('f993537c-07c8-4385-a23d-b9810b40ec9b','organization','saml','saml-organization-membership-mapper',NULL,'fc95f866-77dd-44c5-8950-d03c88bd14cc'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','phone number verified','openid-connect','oidc-usermodel-attribute-mapper',NULL,'0849dade-3a8f-45bd-a42f-ee66a2e4358c'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','Client Host','openid-connect','oidc-usersessionmodel-note-mapper',NULL,'73a784d5-2829-4f69-8030-4b3a3059f747'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','upn','openid-connect','oidc-usermodel-attribute-mapper',NULL,'925f2f40-4d71-4cfc-9202-0d70d0c5d639');
/*!40000 ALTER TABLE `PROTOCOL_MAPPER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `PROTOCOL_MAPPER_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `PROTOCOL_MAPPER_CONFIG` (
  `PROTOCOL_MAPPER_ID` varchar(36) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`PROTOCOL_MAPPER_ID`,`NAME`),
  CONSTRAINT `FK_PMCONFIG` FOREIGN KEY (`PROTOCOL_MAPPER_ID`) REFERENCES `PROTOCOL_MAPPER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `PROTOCOL_MAPPER_CONFIG` WRITE;
/*!40000 ALTER TABLE `PROTOCOL_MAPPER_CONFIG` DISABLE KEYS */;
INSERT INTO `PROTOCOL_MAPPER_CONFIG` VALUES
('02a877e4-6d2a-4200-9643-3a60a0af0130','Role','attribute.name'),
('02a877e4-6d2a-4200-9643-3a60a0af0130','Basic','attribute.nameformat'),
('02a877e4-6d2a-4200-9643-3a60a0af0130','false','single'),
('1006d043-1405-43da-a233-796871c9b41f','true','access.token.claim'),
('1006d043-1405-43da-a233-796871c9b41f','email_verified','claim.name'),
('1006d043-1405-43da-a233-796871c9b41f','true','id.token.claim'),
('1006d043-1405-43da-a233-796871c9b41f','true','introspection.token.claim'),
('1006d043-1405-43da-a233-796871c9b41f','boolean','jsonType.label'),
('1006d043-1405-43da-a233-796871c9b41f','emailVerified','user.attribute'),
('1006d043-1405-43da-a233-796871c9b41f','true','userinfo.token.claim'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','true','access.token.claim'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','groups','claim.name'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','true','id.token.claim'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','true','introspection.token.claim'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','String','jsonType.label'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','true','multivalued'),
('1287b773-1ca4-4e08-b92f-4a034a0f252a','foo','user.attribute'),
('17abf836-475e-4d03-a54c-5cfeb057129b','true','access.token.claim'),
('17abf836-475e-4d03-a54c-5cfeb057129b','email_verified','claim.name'),
('17abf836-475e-4d03-a54c-5cfeb057129b','true','id.token.claim'),
('17abf836-475e-4d03-a54c-5cfeb057129b','true','introspection.token.claim'),
('17abf836-475e-4d03-a54c-5cfeb057129b','boolean','jsonType.label'),
('17abf836-475e-4d03-a54c-5cfeb057129b','emailVerified','user.attribute'),
('17abf836-475e-4d03-a54c-5cfeb057129b','true','userinfo.token.claim'),
('1a1d0aa5-8fd2-4808-b5d4-f7bbbddc15fa','true','access.token.claim'),
('1a1d0aa5-8fd2-4808-b5d4-f7bbbddc15fa','true','introspection.token.claim'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','true','access.token.claim'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','birthdate','claim.name'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','true','id.token.claim'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','true','introspection.token.claim'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','String','jsonType.label'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','birthdate','user.attribute'),
('1f0a545a-6349-41f5-8ed9-182727c168e4','true','userinfo.token.claim'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','true','access.token.claim'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','gender','claim.name'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','true','id.token.claim'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','true','introspection.token.claim'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','String','jsonType.label'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','gender','user.attribute'),
('23e6f109-73a1-44c9-ac29-b8c2bdfac833','true','userinfo.token.claim'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','true','access.token.claim'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','resource_access.${client_id}.roles','claim.name'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','true','introspection.token.claim'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','String','jsonType.label'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','true','multivalued'),
('270e24f4-9486-42d6-b5ad-b73fe0d5ea60','foo','user.attribute'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','true','access.token.claim'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','profile','claim.name'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','true','id.token.claim'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','true','introspection.token.claim'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','String','jsonType.label'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','profile','user.attribute'),
('3399ab05-1a4e-4490-86f0-de55f42bdb15','true','userinfo.token.claim'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','true','access.token.claim'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','phone_number_verified','claim.name'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','true','id.token.claim'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','true','introspection.token.claim'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','boolean','jsonType.label'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','phoneNumberVerified','user.attribute'),
('3496d1e8-8a78-42e7-b343-ac210b9ad973','true','userinfo.token.claim'),
('39a76b97-b296-4b30-bdf4-728849545244','true','access.token.claim'),
('39a76b97-b296-4b30-bdf4-728849545244','updated_at','claim.name'),
('39a76b97-b296-4b30-bdf4-728849545244','true','id.token.claim'),
('39a76b97-b296-4b30-bdf4-728849545244','true','introspection.token.claim'),
('39a76b97-b296-4b30-bdf4-728849545244','long','jsonType.label'),
('39a76b97-b296-4b30-bdf4-728849545244','updatedAt','user.attribute'),
('39a76b97-b296-4b30-bdf4-728849545244','true','userinfo.token.claim'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','true','access.token.claim'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','middle_name','claim.name'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','true','id.token.claim'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','true','introspection.token.claim'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','String','jsonType.label'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','middleName','user.attribute'),
('41276a20-ce9b-4edc-89dc-b977e4e7c0b3','true','userinfo.token.claim'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','true','access.token.claim'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','locale','claim.name'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','true','id.token.claim'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','true','introspection.token.claim'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','String','jsonType.label'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','locale','user.attribute'),
('41e3c107-2a5c-416d-8bb3-de0f0aa18246','true','userinfo.token.claim'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','true','access.token.claim'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','gender','claim.name'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','true','id.token.claim'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','true','introspection.token.claim'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','String','jsonType.label'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','gender','user.attribute'),
('424f3afe-d4b4-4740-9a51-0f0ce596174c','true','userinfo.token.claim'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','true','access.token.claim'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','zoneinfo','claim.name'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','true','id.token.claim'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','true','introspection.token.claim'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','String','jsonType.label'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','zoneinfo','user.attribute'),
('436b6854-657e-4ebb-aad4-2055d598ba0b','true','userinfo.token.claim'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','true','access.token.claim'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','clientAddress','claim.name'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','true','id.token.claim'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','true','introspection.token.claim'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','String','jsonType.label'),
('45418866-057f-40e7-aeab-1b3518cbf9b0','clientAddress','user.session.note'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','true','access.token.claim'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','middle_name','claim.name'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','true','id.token.claim'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','true','introspection.token.claim'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','String','jsonType.label'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','middleName','user.attribute'),
('46e54d8c-47a6-4b7f-8853-f1a0794ccb3e','true','userinfo.token.claim'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','true','access.token.claim'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','preferred_username','claim.name'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','true','id.token.claim'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','true','introspection.token.claim'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','String','jsonType.label'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','username','user.attribute'),
('4b5fb492-9ea6-4e3f-a9a2-33c14d505aea','true','userinfo.token.claim'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','true','access.token.claim'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','email','claim.name'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','true','id.token.claim'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','true','introspection.token.claim'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','String','jsonType.label'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','email','user.attribute'),
('52dbac4a-d11f-41c9-98dd-e6e85fd99743','true','userinfo.token.claim'),
('5362e531-233c-4986-a9f1-cbb366c95384','true','access.token.claim'),
('5362e531-233c-4986-a9f1-cbb366c95384','client_id','claim.name'),
('5362e531-233c-4986-a9f1-cbb366c95384','true','id.token.claim'),
('5362e531-233c-4986-a9f1-cbb366c95384','true','introspection.token.claim'),
('5362e531-233c-4986-a9f1-cbb366c95384','String','jsonType.label'),
('5362e531-233c-4986-a9f1-cbb366c95384','client_id','user.session.note'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','true','access.token.claim'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','auth_time','claim.name'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','true','id.token.claim'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','true','introspection.token.claim'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','long','jsonType.label'),
('549709c3-45e2-484f-8a2b-ea7a2582960d','AUTH_TIME','user.session.note'),
('55ca0d2e-f280-4489-915b-43b990e99058','true','access.token.claim'),
('55ca0d2e-f280-4489-915b-43b990e99058','true','introspection.token.claim'),
('5768da57-58c1-4a14-9592-f27be0775f3c','Role','attribute.name'),
('5768da57-58c1-4a14-9592-f27be0775f3c','Basic','attribute.nameformat'),
('5768da57-58c1-4a14-9592-f27be0775f3c','false','single'),
('57c176bb-6f52-404c-b0b2-399267370672','true','access.token.claim'),
('57c176bb-6f52-404c-b0b2-399267370672','resource_access.${client_id}.roles','claim.name'),
('57c176bb-6f52-404c-b0b2-399267370672','true','introspection.token.claim'),
('57c176bb-6f52-404c-b0b2-399267370672','String','jsonType.label'),
('57c176bb-6f52-404c-b0b2-399267370672','true','multivalued'),
('57c176bb-6f52-404c-b0b2-399267370672','foo','user.attribute'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','true','access.token.claim'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','locale','claim.name'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','true','id.token.claim'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','true','introspection.token.claim'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','String','jsonType.label'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','locale','user.attribute'),
('57c2eaed-26a9-4f83-998f-b16e50e93c8c','true','userinfo.token.claim'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','true','access.token.claim'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','email','claim.name'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','true','id.token.claim'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','true','introspection.token.claim'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','String','jsonType.label'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','email','user.attribute'),
('5969afd9-4fe6-46cf-9124-ea0818c759c2','true','userinfo.token.claim'),
('5b133cb4-458e-435a-b1fb-cc5678a7276c','true','access.token.claim'),
('5b133cb4-458e-435a-b1fb-cc5678a7276c','true','id.token.claim'),
('5b133cb4-458e-435a-b1fb-cc5678a7276c','true','introspection.token.claim'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','true','access.token.claim'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','website','claim.name'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','true','id.token.claim'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','true','introspection.token.claim'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','String','jsonType.label'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','website','user.attribute'),
('5cacc27d-e307-46a1-bae5-5ce0d5594730','true','userinfo.token.claim'),
('5ece2416-bad9-4325-be7c-6269645e52bb','true','access.token.claim'),
('5ece2416-bad9-4325-be7c-6269645e52bb','true','introspection.token.claim'),
('5f7071b8-0dc6-4040-a963-d84b5940b37f','true','access.token.claim'),
('5f7071b8-0dc6-4040-a963-d84b5940b37f','true','id.token.claim'),
('5f7071b8-0dc6-4040-a963-d84b5940b37f','true','introspection.token.claim'),
('5f7071b8-0dc6-4040-a963-d84b5940b37f','true','userinfo.token.claim'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','true','access.token.claim'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','phone_number','claim.name'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','true','id.token.claim'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','true','introspection.token.claim'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','String','jsonType.label'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','phoneNumber','user.attribute'),
('608f5e41-3a18-46d1-9d28-67b062f002d4','true','userinfo.token.claim'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','true','access.token.claim'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','family_name','claim.name'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','true','id.token.claim'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','true','introspection.token.claim'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','String','jsonType.label'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','lastName','user.attribute'),
('6bb3cbbb-f896-402c-b66b-e63c007364cd','true','userinfo.token.claim'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','true','access.token.claim'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','preferred_username','claim.name'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','true','id.token.claim'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','true','introspection.token.claim'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','String','jsonType.label'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','username','user.attribute'),
('774eab5f-0396-4a4d-af6e-97b5a551866e','true','userinfo.token.claim'),
('78500433-be95-4191-b5d7-8227a1f5717b','true','access.token.claim'),
('78500433-be95-4191-b5d7-8227a1f5717b','locale','claim.name'),
('78500433-be95-4191-b5d7-8227a1f5717b','true','id.token.claim'),
('78500433-be95-4191-b5d7-8227a1f5717b','true','introspection.token.claim'),
('78500433-be95-4191-b5d7-8227a1f5717b','String','jsonType.label'),
('78500433-be95-4191-b5d7-8227a1f5717b','locale','user.attribute'),
('78500433-be95-4191-b5d7-8227a1f5717b','true','userinfo.token.claim'),
('7a424a20-4f70-4ec2-a623-c088f6558749','true','access.token.claim'),
('7a424a20-4f70-4ec2-a623-c088f6558749','family_name','claim.name'),
('7a424a20-4f70-4ec2-a623-c088f6558749','true','id.token.claim'),
('7a424a20-4f70-4ec2-a623-c088f6558749','true','introspection.token.claim'),
('7a424a20-4f70-4ec2-a623-c088f6558749','String','jsonType.label'),
('7a424a20-4f70-4ec2-a623-c088f6558749','lastName','user.attribute'),
('7a424a20-4f70-4ec2-a623-c088f6558749','true','userinfo.token.claim'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','true','access.token.claim'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','auth_time','claim.name'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','true','id.token.claim'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','true','introspection.token.claim'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','long','jsonType.label'),
('7b0cd158-4760-4d4e-a774-cbed574edf3b','AUTH_TIME','user.session.note'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','true','access.token.claim'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','realm_access.roles','claim.name'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','true','introspection.token.claim'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','String','jsonType.label'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','true','multivalued'),
('7eb0663c-29db-4768-a19b-4b3bf57886cb','foo','user.attribute'),
('80a3fd7a-cafe-4682-877b-8b7720396b56','true','access.token.claim'),
('80a3fd7a-cafe-4682-877b-8b7720396b56','true','introspection.token.claim'),
('81f0d274-35c6-4f42-9f86-7c912048f443','true','access.token.claim'),
('81f0d274-35c6-4f42-9f86-7c912048f443','locale','claim.name'),
('81f0d274-35c6-4f42-9f86-7c912048f443','true','id.token.claim'),
('81f0d274-35c6-4f42-9f86-7c912048f443','true','introspection.token.claim'),
('81f0d274-35c6-4f42-9f86-7c912048f443','String','jsonType.label'),
('81f0d274-35c6-4f42-9f86-7c912048f443','locale','user.attribute'),
('81f0d274-35c6-4f42-9f86-7c912048f443','true','userinfo.token.claim'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','true','access.token.claim'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','organization','claim.name'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','true','id.token.claim'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','true','introspection.token.claim'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','String','jsonType.label'),
('845419aa-2516-44af-b3f0-cf34c5fac98a','true','multivalued'),
('86427d70-e0cb-4589-9122-6afcac7c909b','true','access.token.claim'),
('86427d70-e0cb-4589-9122-6afcac7c909b','zoneinfo','claim.name'),
('86427d70-e0cb-4589-9122-6afcac7c909b','true','id.token.claim'),
('86427d70-e0cb-4589-9122-6afcac7c909b','true','introspection.token.claim'),
('86427d70-e0cb-4589-9122-6afcac7c909b','String','jsonType.label'),
('86427d70-e0cb-4589-9122-6afcac7c909b','zoneinfo','user.attribute'),
('86427d70-e0cb-4589-9122-6afcac7c909b','true','userinfo.token.claim'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','true','access.token.claim'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','upn','claim.name'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','true','id.token.claim'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','true','introspection.token.claim'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','String','jsonType.label'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','username','user.attribute'),
('89532b92-15c4-4dd8-b874-d8a834bf1f95','true','userinfo.token.claim'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','true','access.token.claim'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','updated_at','claim.name'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','true','id.token.claim'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','true','introspection.token.claim'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','long','jsonType.label'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','updatedAt','user.attribute'),
('8df68e54-f0c8-4b52-9cf5-d5a4233996f7','true','userinfo.token.claim'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','true','access.token.claim'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','phone_number','claim.name'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','true','id.token.claim'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','true','introspection.token.claim'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','String','jsonType.label'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','phoneNumber','user.attribute'),
('9a61e447-c8e5-485d-b48b-60fcabef36e6','true','userinfo.token.claim'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','true','access.token.claim'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','organization','claim.name'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','true','id.token.claim'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','true','introspection.token.claim'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','String','jsonType.label'),
('9c379ed2-937a-427a-bdb1-8e812c73ac94','true','multivalued'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','true','access.token.claim'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','clientHost','claim.name'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','true','id.token.claim'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','true','introspection.token.claim'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','String','jsonType.label'),
('9ccf830f-7c5a-4935-9e2e-65fc69e17385','clientHost','user.session.note'),
('9e08ee69-5574-4251-9b5f-db9685396444','true','access.token.claim'),
('9e08ee69-5574-4251-9b5f-db9685396444','realm_access.roles','claim.name'),
('9e08ee69-5574-4251-9b5f-db9685396444','true','introspection.token.claim'),
('9e08ee69-5574-4251-9b5f-db9685396444','String','jsonType.label'),
('9e08ee69-5574-4251-9b5f-db9685396444','true','multivalued'),
('9e08ee69-5574-4251-9b5f-db9685396444','foo','user.attribute'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','true','access.token.claim'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','picture','claim.name'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','true','id.token.claim'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','true','introspection.token.claim'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','String','jsonType.label'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','picture','user.attribute'),
('a28d9cd1-e1c2-4a33-befb-8e3e75d5b0c5','true','userinfo.token.claim'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','true','access.token.claim'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','nickname','claim.name'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','true','id.token.claim'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','true','introspection.token.claim'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','String','jsonType.label'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','nickname','user.attribute'),
('a8e4d4ff-8a2b-4489-be73-fdc0a169c2ba','true','userinfo.token.claim'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','true','access.token.claim'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','given_name','claim.name'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','true','id.token.claim'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','true','introspection.token.claim'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','String','jsonType.label'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','firstName','user.attribute'),
('b0158ce0-9eb9-4f59-b25e-5e113ee32650','true','userinfo.token.claim'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','true','access.token.claim'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','groups','claim.name'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','true','id.token.claim'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','true','introspection.token.claim'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','String','jsonType.label'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','true','multivalued'),
('b05bbacb-82df-4b6c-9fc3-e36b910d68b5','foo','user.attribute'),
('b26ff009-595c-4396-8f59-e5e23ab8c480','true','access.token.claim'),
('b26ff009-595c-4396-8f59-e5e23ab8c480','true','id.token.claim'),
('b26ff009-595c-4396-8f59-e5e23ab8c480','true','introspection.token.claim'),
('b26ff009-595c-4396-8f59-e5e23ab8c480','true','userinfo.token.claim'),
('b5f606f8-f756-47cf-93b3-f781ba346acf','true','access.token.claim'),
('b5f606f8-f756-47cf-93b3-f781ba346acf','true','introspection.token.claim'),
('be156d95-8111-448a-8770-ed9cb2248c51','true','access.token.claim'),
('be156d95-8111-448a-8770-ed9cb2248c51','true','id.token.claim'),
('be156d95-8111-448a-8770-ed9cb2248c51','true','introspection.token.claim'),
('be156d95-8111-448a-8770-ed9cb2248c51','country','user.attribute.country'),
('be156d95-8111-448a-8770-ed9cb2248c51','formatted','user.attribute.formatted'),
('be156d95-8111-448a-8770-ed9cb2248c51','locality','user.attribute.locality'),
('be156d95-8111-448a-8770-ed9cb2248c51','postal_code','user.attribute.postal_code'),
('be156d95-8111-448a-8770-ed9cb2248c51','region','user.attribute.region'),
('be156d95-8111-448a-8770-ed9cb2248c51','street','user.attribute.street'),
('be156d95-8111-448a-8770-ed9cb2248c51','true','userinfo.token.claim'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','true','access.token.claim'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','website','claim.name'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','true','id.token.claim'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','true','introspection.token.claim'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','String','jsonType.label'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','website','user.attribute'),
('c16056f9-2eab-47e1-adff-6e9acbbac64f','true','userinfo.token.claim'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','true','access.token.claim'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','given_name','claim.name'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','true','id.token.claim'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','true','introspection.token.claim'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','String','jsonType.label'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','firstName','user.attribute'),
('c4a63ea1-ef5b-43aa-87ce-08717edb182a','true','userinfo.token.claim'),
('c54bab48-23bb-40c7-890f-4ab982be4561','true','access.token.claim'),
('c54bab48-23bb-40c7-890f-4ab982be4561','nickname','claim.name'),
('c54bab48-23bb-40c7-890f-4ab982be4561','true','id.token.claim'),
('c54bab48-23bb-40c7-890f-4ab982be4561','true','introspection.token.claim'),
('c54bab48-23bb-40c7-890f-4ab982be4561','String','jsonType.label'),
('c54bab48-23bb-40c7-890f-4ab982be4561','nickname','user.attribute'),
('c54bab48-23bb-40c7-890f-4ab982be4561','true','userinfo.token.claim'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','true','access.token.claim'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','clientAddress','claim.name'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','true','id.token.claim'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','true','introspection.token.claim'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','String','jsonType.label'),
('c807df4d-5874-4a67-a6ae-21b92b2ca731','clientAddress','user.session.note'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','true','access.token.claim'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','client_id','claim.name'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','true','id.token.claim'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','true','introspection.token.claim'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','String','jsonType.label'),
('d6e3d01a-34da-40f0-9a0b-e510231483f6','client_id','user.session.note'),
('db339d8b-0c80-4e75-8fc8-eabf1db2da14','true','access.token.claim'),
('db339d8b-0c80-4e75-8fc8-eabf1db2da14','true','id.token.claim'),
('db339d8b-0c80-4e75-8fc8-eabf1db2da14','true','introspection.token.claim'),
('db339d8b-0c80-4e75-8fc8-eabf1db2da14','true','userinfo.token.claim'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','true','access.token.claim'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','birthdate','claim.name'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','true','id.token.claim'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','true','introspection.token.claim'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','String','jsonType.label'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','birthdate','user.attribute'),
('e39f36a1-657b-4ac6-aff7-79ee6ccedd26','true','userinfo.token.claim'),
('e5346a0b-5631-4404-b24d-8efb0d407833','true','access.token.claim'),
('e5346a0b-5631-4404-b24d-8efb0d407833','true','id.token.claim'),
('e5346a0b-5631-4404-b24d-8efb0d407833','true','introspection.token.claim'),
('e5346a0b-5631-4404-b24d-8efb0d407833','country','user.attribute.country'),
('e5346a0b-5631-4404-b24d-8efb0d407833','formatted','user.attribute.formatted'),
('e5346a0b-5631-4404-b24d-8efb0d407833','locality','user.attribute.locality'),
('e5346a0b-5631-4404-b24d-8efb0d407833','postal_code','user.attribute.postal_code'),
('e5346a0b-5631-4404-b24d-8efb0d407833','region','user.attribute.region'),
('e5346a0b-5631-4404-b24d-8efb0d407833','street','user.attribute.street'),
('e5346a0b-5631-4404-b24d-8efb0d407833','true','userinfo.token.claim'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','false','access.token.claim'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','true','id.token.claim'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','true','introspection.token.claim'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','secure_access_records_match','trustFramework'),
('eb46a516-88f2-4451-b059-90059ee3d6a7','true','userinfo.token.claim'),
('ef468b6f-cecd-44c5-bc1f-775fbf3e1c43','true','access.token.claim'),
('ef468b6f-cecd-44c5-bc1f-775fbf3e1c43','true','introspection.token.claim'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','true','access.token.claim'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','picture','claim.name'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','true','id.token.claim'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','true','introspection.token.claim'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','String','jsonType.label'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','picture','user.attribute'),
('f24c704b-0be9-46e8-976a-b30b58f2d9eb','true','userinfo.token.claim'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','true','access.token.claim'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','profile','claim.name'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','true','id.token.claim'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','true','introspection.token.claim'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','String','jsonType.label'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','profile','user.attribute'),
('f71f34ce-3f71-4e7c-95dd-b0dbb34c677c','true','userinfo.token.claim'),
('f843cc08-a0f0-4f22-8ab4-5d46ede1cec3','true','access.token.claim'),
('f843cc08-a0f0-4f22-8ab4-5d46ede1cec3','true','id.token.claim'),
('f843cc08-a0f0-4f22-8ab4-5d46ede1cec3','true','introspection.token.claim'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','true','access.token.claim'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','phone_number_verified','claim.name'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','true','id.token.claim'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','true','introspection.token.claim'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','boolean','jsonType.label'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','phoneNumberVerified','user.attribute'),
('f9e6c458-62f3-4fec-a477-64ac63990acf','true','userinfo.token.claim'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','true','access.token.claim'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','clientHost','claim.name'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','true','id.token.claim'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','true','introspection.token.claim'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','String','jsonType.label'),
('fe7f168f-1a8f-4a51-bd03-47b6d7669839','clientHost','user.session.note'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','true','access.token.claim'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','upn','claim.name'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','true','id.token.claim'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','true','introspection.token.claim'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','String','jsonType.label'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','username','user.attribute'),
('ff8752f3-9589-4347-90b9-403d5ba1c826','true','userinfo.token.claim');
/*!40000 ALTER TABLE `PROTOCOL_MAPPER_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM` (
  `ID` varchar(36) NOT NULL,
  `ACCESS_CODE_LIFESPAN` int(11) DEFAULT NULL,
  `USER_ACTION_LIFESPAN` int(11) DEFAULT NULL,
  `ACCESS_TOKEN_LIFESPAN` int(11) DEFAULT NULL,
  `ACCOUNT_THEME` varchar(255) DEFAULT NULL,
  `ADMIN_THEME` varchar(255) DEFAULT NULL,
  `EMAIL_THEME` varchar(255) DEFAULT NULL,
  `ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `EVENTS_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `EVENTS_EXPIRATION` bigint(20) DEFAULT NULL,
  `LOGIN_THEME` varchar(255) DEFAULT NULL,
  `NAME` varchar(255) DEFAULT NULL,
  `NOT_BEFORE` int(11) DEFAULT NULL,
  `PASSWORD_POLICY` text DEFAULT NULL,
  `REGISTRATION_ALLOWED` tinyint(1) NOT NULL DEFAULT 0,
  `REMEMBER_ME` tinyint(1) NOT NULL DEFAULT 0,
  `RESET_PASSWORD_ALLOWED` tinyint(1) NOT NULL DEFAULT 0,
  `SOCIAL` tinyint(1) NOT NULL DEFAULT 0,
  `SSL_REQUIRED` varchar(255) DEFAULT NULL,
  `SSO_IDLE_TIMEOUT` int(11) DEFAULT NULL,
  `SSO_MAX_LIFESPAN` int(11) DEFAULT NULL,
  `UPDATE_PROFILE_ON_SOC_LOGIN` tinyint(1) NOT NULL DEFAULT 0,
  `VERIFY_EMAIL` tinyint(1) NOT NULL DEFAULT 0,
  `MASTER_ADMIN_CLIENT` varchar(36) DEFAULT NULL,
  `LOGIN_LIFESPAN` int(11) DEFAULT NULL,
  `INTERNATIONALIZATION_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `DEFAULT_LOCALE` varchar(255) DEFAULT NULL,
  `REG_EMAIL_AS_USERNAME` tinyint(1) NOT NULL DEFAULT 0,
  `ADMIN_EVENTS_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `ADMIN_EVENTS_DETAILS_ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `EDIT_USERNAME_ALLOWED` tinyint(1) NOT NULL DEFAULT 0,
  `OTP_POLICY_COUNTER` int(11) DEFAULT 0,
  `OTP_POLICY_WINDOW` int(11) DEFAULT 1,
  `OTP_POLICY_PERIOD` int(11) DEFAULT 30,
  `OTP_POLICY_DIGITS` int(11) DEFAULT 6,
  `OTP_POLICY_ALG` varchar(36) DEFAULT 'HmacSHA1',
  `OTP_POLICY_TYPE` varchar(36) DEFAULT 'totp',
  `BROWSER_FLOW` varchar(36) DEFAULT NULL,
  `REGISTRATION_FLOW` varchar(36) DEFAULT NULL,
  `DIRECT_GRANT_FLOW` varchar(36) DEFAULT NULL,
  `RESET_CREDENTIALS_FLOW` varchar(36) DEFAULT NULL,
  `CLIENT_AUTH_FLOW` varchar(36) DEFAULT NULL,
  `OFFLINE_SESSION_IDLE_TIMEOUT` int(11) DEFAULT 0,
  `REVOKE_REFRESH_TOKEN` tinyint(1) NOT NULL DEFAULT 0,
  `ACCESS_TOKEN_LIFE_IMPLICIT` int(11) DEFAULT 0,
  `LOGIN_WITH_EMAIL_ALLOWED` tinyint(1) NOT NULL DEFAULT 1,
  `DUPLICATE_EMAILS_ALLOWED` tinyint(1) NOT NULL DEFAULT 0,
  `DOCKER_AUTH_FLOW` varchar(36) DEFAULT NULL,
  `REFRESH_TOKEN_MAX_REUSE` int(11) DEFAULT 0,
  `ALLOW_USER_MANAGED_ACCESS` tinyint(1) NOT NULL DEFAULT 0,
  `SSO_MAX_LIFESPAN_REMEMBER_ME` int(11) NOT NULL,
  `SSO_IDLE_TIMEOUT_REMEMBER_ME` int(11) NOT NULL,
  `DEFAULT_ROLE` varchar(255) DEFAULT NULL,
  `DISPLAY_NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_ORVSDMLA56612EAEFIQ6WL5OI` (`NAME`),
  KEY `IDX_REALM_MASTER_ADM_CLI` (`MASTER_ADMIN_CLIENT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM` WRITE;
/*!40000 ALTER TABLE `REALM` DISABLE KEYS */;
INSERT INTO `REALM` VALUES
('8c3b9cdd-827b-4664-83e7-f35c5637fa52',60,1800,300,'secure-access',NULL,'secure-access',1,1,2592000,'secure-access','secure-access',0,'length(12) and maxLength(128) and notUsername(undefined) and notEmail(undefined) and notCommonPassword(undefined)',0,0,1,0,'EXTERNAL',900,43200,0,0,'ec5d3a42-d335-4976-bf14-fa4175ffd2cd',1800,1,'en',0,1,0,0,0,1,30,6,'HmacSHA1','totp','a1a4b5df-d367-4d35-bca3-5fb8ed223419','d8d0136d-cd40-4e86-8b95-8d7434293609','0f1ab77e-589e-404f-b931-2c19882b5a7d','321e28b5-0c09-4914-a6d1-2032fed740f0','d950f8ae-0444-4e70-a154-49bfe863f2e1',2592000,0,900,1,0,'716c1b7a-639a-4501-93c7-a1bf5ee9cd97',0,0,0,0,'4f69aeed-1c1d-45af-8cc3-a356d1fce854','Secure Access Demo'),
('d522baac-5120-4b92-868e-a14af5c02a72',60,300,60,NULL,NULL,NULL,1,0,0,NULL,'master',0,NULL,0,0,0,0,'EXTERNAL',1800,36000,0,0,'af7181a5-59e4-4ef9-b738-426aba3c1d3f',1800,0,NULL,0,0,0,0,0,1,30,6,'HmacSHA1','totp','9ccf4f94-8b5d-4906-9933-aea5be4d1fc1','e55dc2ea-456f-4c0c-814b-57f7490ddbe1','c745fbf8-847e-4bf9-a112-8dcf43064888','6d0a6a95-86d7-40b5-9ce7-e93d72bcb83c','96f1a07a-86ee-492e-87fd-270048a0ff51',2592000,0,900,1,0,'72d26df1-a025-4efb-b97a-720c2bc8009a',0,0,0,0,'d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','Keycloak');
/*!40000 ALTER TABLE `REALM` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_ATTRIBUTE` (
  `NAME` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`NAME`,`REALM_ID`),
  KEY `IDX_REALM_ATTR_REALM` (`REALM_ID`),
  CONSTRAINT `FK_8SHXD6L3E9ATQUKACXGPFFPTW` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `REALM_ATTRIBUTE` DISABLE KEYS */;
INSERT INTO `REALM_ATTRIBUTE` VALUES
('_browser_header.contentSecurityPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','frame-src \'self\'; frame-ancestors \'self\'; object-src \'none\';'),
('_browser_header.contentSecurityPolicy','d522baac-5120-4b92-868e-a14af5c02a72','frame-src \'self\'; frame-ancestors \'self\'; object-src \'none\';'),
('_browser_header.contentSecurityPolicyReportOnly','8c3b9cdd-827b-4664-83e7-f35c5637fa52',''),
('_browser_header.contentSecurityPolicyReportOnly','d522baac-5120-4b92-868e-a14af5c02a72',''),
('_browser_header.referrerPolicy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','no-referrer'),
('_browser_header.referrerPolicy','d522baac-5120-4b92-868e-a14af5c02a72','no-referrer'),
('_browser_header.strictTransportSecurity','8c3b9cdd-827b-4664-83e7-f35c5637fa52','max-age=31536000; includeSubDomains'),
('_browser_header.strictTransportSecurity','d522baac-5120-4b92-868e-a14af5c02a72','max-age=31536000; includeSubDomains'),
('_browser_header.xContentTypeOptions','8c3b9cdd-827b-4664-83e7-f35c5637fa52','nosniff'),
('_browser_header.xContentTypeOptions','d522baac-5120-4b92-868e-a14af5c02a72','nosniff'),
('_browser_header.xFrameOptions','8c3b9cdd-827b-4664-83e7-f35c5637fa52','SAMEORIGIN'),
('_browser_header.xFrameOptions','d522baac-5120-4b92-868e-a14af5c02a72','SAMEORIGIN'),
('_browser_header.xRobotsTag','8c3b9cdd-827b-4664-83e7-f35c5637fa52','none'),
('_browser_header.xRobotsTag','d522baac-5120-4b92-868e-a14af5c02a72','none'),
('acr.loa.map','8c3b9cdd-827b-4664-83e7-f35c5637fa52','{\"urn:secure-access:acr:password\":1,\"urn:secure-access:acr:mfa\":2,\"urn:secure-access:acr:mfa-identity-records-match\":3}'),
('actionTokenGeneratedByAdminLifespan','8c3b9cdd-827b-4664-83e7-f35c5637fa52','43200'),
('actionTokenGeneratedByUserLifespan','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1800'),
('actionTokenGeneratedByUserLifespan.reset-credentials','8c3b9cdd-827b-4664-83e7-f35c5637fa52','300'),
('actionTokenGeneratedByUserLifespan.verify-email','8c3b9cdd-827b-4664-83e7-f35c5637fa52','300'),
('bruteForceProtected','8c3b9cdd-827b-4664-83e7-f35c5637fa52','true'),
('bruteForceProtected','d522baac-5120-4b92-868e-a14af5c02a72','false'),
('bruteForceStrategy','8c3b9cdd-827b-4664-83e7-f35c5637fa52','MULTIPLE'),
('bruteForceStrategy','d522baac-5120-4b92-868e-a14af5c02a72','MULTIPLE'),
('cibaAuthRequestedUserHint','8c3b9cdd-827b-4664-83e7-f35c5637fa52','login_hint'),
('cibaBackchannelTokenDeliveryMode','8c3b9cdd-827b-4664-83e7-f35c5637fa52','poll'),
('cibaExpiresIn','8c3b9cdd-827b-4664-83e7-f35c5637fa52','120'),
('cibaInterval','8c3b9cdd-827b-4664-83e7-f35c5637fa52','5'),
('client-policies.policies','8c3b9cdd-827b-4664-83e7-f35c5637fa52','{\"policies\":[{\"name\":\"secure-access\",\"description\":\"Applies the secure-access profile to every client of the realm.\",\"enabled\":true,\"conditions\":[{\"condition\":\"any-client\",\"configuration\":{}}],\"profiles\":[\"secure-access\"]}]}'),
('client-policies.profiles','8c3b9cdd-827b-4664-83e7-f35c5637fa52','{\"profiles\":[{\"name\":\"secure-access\",\"description\":\"Secure Access: no password grant, and no refreshed tokens past the identity-proofing enforcement date for people not yet verified.\",\"executors\":[{\"executor\":\"reject-ropc-grant\",\"configuration\":{\"auto-configure\":\"false\"}},{\"executor\":\"secure-access-proofing-enforced-on-refresh\",\"configuration\":{}}]}]}'),
('defaultSignatureAlgorithm','8c3b9cdd-827b-4664-83e7-f35c5637fa52','RS256'),
('defaultSignatureAlgorithm','d522baac-5120-4b92-868e-a14af5c02a72','RS256'),
('displayNameHtml','d522baac-5120-4b92-868e-a14af5c02a72','<div class=\"kc-logo-text\"><span>Keycloak</span></div>'),
('failureFactor','8c3b9cdd-827b-4664-83e7-f35c5637fa52','5'),
('failureFactor','d522baac-5120-4b92-868e-a14af5c02a72','30'),
('firstBrokerLoginFlowId','8c3b9cdd-827b-4664-83e7-f35c5637fa52','98ccfbd9-6350-413a-bc27-62c3b8b5e5bf'),
('firstBrokerLoginFlowId','d522baac-5120-4b92-868e-a14af5c02a72','d03b1fad-3770-43ae-8861-d586ca51a5bc'),
('maxDeltaTimeSeconds','8c3b9cdd-827b-4664-83e7-f35c5637fa52','43200'),
('maxDeltaTimeSeconds','d522baac-5120-4b92-868e-a14af5c02a72','43200'),
('maxFailureWaitSeconds','8c3b9cdd-827b-4664-83e7-f35c5637fa52','86400'),
('maxFailureWaitSeconds','d522baac-5120-4b92-868e-a14af5c02a72','900'),
('maxSecondaryAuthFailures','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0'),
('maxSecondaryAuthFailures','d522baac-5120-4b92-868e-a14af5c02a72','0'),
('maxTemporaryLockouts','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0'),
('maxTemporaryLockouts','d522baac-5120-4b92-868e-a14af5c02a72','0'),
('minimumQuickLoginWaitSeconds','8c3b9cdd-827b-4664-83e7-f35c5637fa52','60'),
('minimumQuickLoginWaitSeconds','d522baac-5120-4b92-868e-a14af5c02a72','60'),
('oauth2DeviceCodeLifespan','8c3b9cdd-827b-4664-83e7-f35c5637fa52','600'),
('oauth2DevicePollingInterval','8c3b9cdd-827b-4664-83e7-f35c5637fa52','5'),
('offlineSessionMaxLifespan','8c3b9cdd-827b-4664-83e7-f35c5637fa52','5184000'),
('offlineSessionMaxLifespan','d522baac-5120-4b92-868e-a14af5c02a72','5184000'),
('offlineSessionMaxLifespanEnabled','8c3b9cdd-827b-4664-83e7-f35c5637fa52','false'),
('offlineSessionMaxLifespanEnabled','d522baac-5120-4b92-868e-a14af5c02a72','false'),
('parRequestUriLifespan','8c3b9cdd-827b-4664-83e7-f35c5637fa52','60'),
('permanentLockout','8c3b9cdd-827b-4664-83e7-f35c5637fa52','false'),
('permanentLockout','d522baac-5120-4b92-868e-a14af5c02a72','false'),
('quickLoginCheckMilliSeconds','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1000'),
('quickLoginCheckMilliSeconds','d522baac-5120-4b92-868e-a14af5c02a72','1000'),
('realmReusableOtpCode','8c3b9cdd-827b-4664-83e7-f35c5637fa52','false'),
('realmReusableOtpCode','d522baac-5120-4b92-868e-a14af5c02a72','false'),
('waitIncrementSeconds','8c3b9cdd-827b-4664-83e7-f35c5637fa52','60'),
('waitIncrementSeconds','d522baac-5120-4b92-868e-a14af5c02a72','60'),
('webAuthnPolicyAttestationConveyancePreference','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyAttestationConveyancePreferencePasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyAuthenticatorAttachment','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyAuthenticatorAttachmentPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyAvoidSameAuthenticatorRegister','8c3b9cdd-827b-4664-83e7-f35c5637fa52','false'),
('webAuthnPolicyAvoidSameAuthenticatorRegisterPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','false'),
('webAuthnPolicyCreateTimeout','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0'),
('webAuthnPolicyCreateTimeoutPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','0'),
('webAuthnPolicyRequireResidentKey','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyRequireResidentKeyPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyResidentKey','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyResidentKeyPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','required'),
('webAuthnPolicyRpEntityName','8c3b9cdd-827b-4664-83e7-f35c5637fa52','keycloak'),
('webAuthnPolicyRpEntityNamePasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','keycloak'),
('webAuthnPolicyRpId','8c3b9cdd-827b-4664-83e7-f35c5637fa52',''),
('webAuthnPolicyRpIdPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52',''),
('webAuthnPolicySignatureAlgorithms','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ES256,RS256'),
('webAuthnPolicySignatureAlgorithmsPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','ES256,RS256'),
('webAuthnPolicyUserVerificationRequirement','8c3b9cdd-827b-4664-83e7-f35c5637fa52','not specified'),
('webAuthnPolicyUserVerificationRequirementPasswordless','8c3b9cdd-827b-4664-83e7-f35c5637fa52','required');
/*!40000 ALTER TABLE `REALM_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_DEFAULT_GROUPS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_DEFAULT_GROUPS` (
  `REALM_ID` varchar(36) NOT NULL,
  `GROUP_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`GROUP_ID`),
  UNIQUE KEY `CON_GROUP_ID_DEF_GROUPS` (`GROUP_ID`),
  KEY `IDX_REALM_DEF_GRP_REALM` (`REALM_ID`),
  CONSTRAINT `FK_DEF_GROUPS_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_DEFAULT_GROUPS` WRITE;
/*!40000 ALTER TABLE `REALM_DEFAULT_GROUPS` DISABLE KEYS */;
/*!40000 ALTER TABLE `REALM_DEFAULT_GROUPS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_ENABLED_EVENT_TYPES`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_ENABLED_EVENT_TYPES` (
  `REALM_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`VALUE`),
  KEY `IDX_REALM_EVT_TYPES_REALM` (`REALM_ID`),
  CONSTRAINT `FK_H846O4H0W8EPX5NWEDRF5Y69J` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_ENABLED_EVENT_TYPES` WRITE;
/*!40000 ALTER TABLE `REALM_ENABLED_EVENT_TYPES` DISABLE KEYS */;
/*!40000 ALTER TABLE `REALM_ENABLED_EVENT_TYPES` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_EVENTS_LISTENERS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_EVENTS_LISTENERS` (
  `REALM_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`VALUE`),
  KEY `IDX_REALM_EVT_LIST_REALM` (`REALM_ID`),
  CONSTRAINT `FK_H846O4H0W8EPX5NXEV9F5Y69J` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_EVENTS_LISTENERS` WRITE;
/*!40000 ALTER TABLE `REALM_EVENTS_LISTENERS` DISABLE KEYS */;
INSERT INTO `REALM_EVENTS_LISTENERS` VALUES
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','jboss-logging'),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','secure-access-login-history'),
('d522baac-5120-4b92-868e-a14af5c02a72','jboss-logging');
/*!40000 ALTER TABLE `REALM_EVENTS_LISTENERS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_LOCALIZATIONS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_LOCALIZATIONS` (
  `REALM_ID` varchar(255) NOT NULL,
  `LOCALE` varchar(255) NOT NULL,
  `TEXTS` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci NOT NULL,
  PRIMARY KEY (`REALM_ID`,`LOCALE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_LOCALIZATIONS` WRITE;
/*!40000 ALTER TABLE `REALM_LOCALIZATIONS` DISABLE KEYS */;
/*!40000 ALTER TABLE `REALM_LOCALIZATIONS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_REQUIRED_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_REQUIRED_CREDENTIAL` (
  `TYPE` varchar(255) NOT NULL,
  `FORM_LABEL` varchar(255) DEFAULT NULL,
  `INPUT` tinyint(1) NOT NULL DEFAULT 0,
  `SECRET` tinyint(1) NOT NULL DEFAULT 0,
  `REALM_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`TYPE`),
  CONSTRAINT `FK_5HG65LYBEVAVKQFKI3KPONH9V` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_REQUIRED_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `REALM_REQUIRED_CREDENTIAL` DISABLE KEYS */;
INSERT INTO `REALM_REQUIRED_CREDENTIAL` VALUES
('password','password',1,1,'8c3b9cdd-827b-4664-83e7-f35c5637fa52'),
('password','password',1,1,'d522baac-5120-4b92-868e-a14af5c02a72');
/*!40000 ALTER TABLE `REALM_REQUIRED_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_SMTP_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_SMTP_CONFIG` (
  `REALM_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`NAME`),
  CONSTRAINT `FK_70EJ8XDXGXD0B9HH6180IRR0O` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_SMTP_CONFIG` WRITE;
/*!40000 ALTER TABLE `REALM_SMTP_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `REALM_SMTP_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REALM_SUPPORTED_LOCALES`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REALM_SUPPORTED_LOCALES` (
  `REALM_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`VALUE`),
  KEY `IDX_REALM_SUPP_LOCAL_REALM` (`REALM_ID`),
  CONSTRAINT `FK_SUPPORTED_LOCALES_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REALM_SUPPORTED_LOCALES` WRITE;
/*!40000 ALTER TABLE `REALM_SUPPORTED_LOCALES` DISABLE KEYS */;
INSERT INTO `REALM_SUPPORTED_LOCALES` VALUES
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','en'),
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','es');
/*!40000 ALTER TABLE `REALM_SUPPORTED_LOCALES` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REDIRECT_URIS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REDIRECT_URIS` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`CLIENT_ID`,`VALUE`),
  KEY `IDX_REDIR_URI_CLIENT` (`CLIENT_ID`),
  CONSTRAINT `FK_1BURS8PB4OUJ97H5WUPPAHV9F` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REDIRECT_URIS` WRITE;
/*!40000 ALTER TABLE `REDIRECT_URIS` DISABLE KEYS */;
INSERT INTO `REDIRECT_URIS` VALUES
('4b87fe0b-9140-487c-a46a-28a692f7b995','/realms/master/account/*'),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','/realms/secure-access/account/*'),
('6b841935-aead-474b-b8f6-2739839ceae0','/realms/master/account/*'),
('802dc626-dd6f-4876-8ec4-b98b61f64dda','/realms/secure-access/account/*'),
('a4c79078-6af2-490f-98f6-b2128743e381','http://127.0.0.1:*'),
('a4c79078-6af2-490f-98f6-b2128743e381','http://localhost:*'),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','/admin/master/console/*'),
('f988e782-04fa-4304-90e5-337bd614713c','/admin/secure-access/console/*');
/*!40000 ALTER TABLE `REDIRECT_URIS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REQUIRED_ACTION_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REQUIRED_ACTION_CONFIG` (
  `REQUIRED_ACTION_ID` varchar(36) NOT NULL,
  `VALUE` longtext DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`REQUIRED_ACTION_ID`,`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REQUIRED_ACTION_CONFIG` WRITE;
/*!40000 ALTER TABLE `REQUIRED_ACTION_CONFIG` DISABLE KEYS */;
INSERT INTO `REQUIRED_ACTION_CONFIG` VALUES
('631b3306-1122-4e52-964b-fb3e3ce009fb','MOBILE##FIXED_LINE_OR_MOBILE','allowedNumberTypes'),
('631b3306-1122-4e52-964b-fb3e3ce009fb','US','allowedRegions'),
('631b3306-1122-4e52-964b-fb3e3ce009fb','US','defaultRegion'),
('631b3306-1122-4e52-964b-fb3e3ce009fb','300','max_auth_age'),
('a3afe09b-6078-438e-b587-e4dc14df142d','15','emailCodeLifetimeMinutes'),
('a3afe09b-6078-438e-b587-e4dc14df142d','5','emailCodeMaxWrongEntries'),
('a3afe09b-6078-438e-b587-e4dc14df142d','2027-06-30','enforcementDate'),
('a3afe09b-6078-438e-b587-e4dc14df142d','5','failedMatchesAllowed'),
('a3afe09b-6078-438e-b587-e4dc14df142d','6','failedMatchWindowHours'),
('a3afe09b-6078-438e-b587-e4dc14df142d','5','letterCodeEntriesPerTenMinutes'),
('a3afe09b-6078-438e-b587-e4dc14df142d','30','letterCodeValidityDays'),
('a3afe09b-6078-438e-b587-e4dc14df142d','24','letterMinimumGapHours'),
('a3afe09b-6078-438e-b587-e4dc14df142d','30','letterPeriodDays'),
('a3afe09b-6078-438e-b587-e4dc14df142d','4','lettersPerPeriod'),
('a3afe09b-6078-438e-b587-e4dc14df142d','priorIdentityProofing','priorProofingAttribute'),
('a3afe09b-6078-438e-b587-e4dc14df142d','get-transcript-online,ip-pin','priorProofingValues'),
('a3afe09b-6078-438e-b587-e4dc14df142d','10','taxIdAttemptsPerHour');
/*!40000 ALTER TABLE `REQUIRED_ACTION_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REQUIRED_ACTION_PROVIDER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REQUIRED_ACTION_PROVIDER` (
  `ID` varchar(36) NOT NULL,
  `ALIAS` varchar(255) DEFAULT NULL,
  `NAME` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  `ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `DEFAULT_ACTION` tinyint(1) NOT NULL DEFAULT 0,
  `PROVIDER_ID` varchar(255) DEFAULT NULL,
  `PRIORITY` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_REQ_ACT_PROV_REALM` (`REALM_ID`),
  CONSTRAINT `FK_REQ_ACT_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REQUIRED_ACTION_PROVIDER` WRITE;
/*!40000 ALTER TABLE `REQUIRED_ACTION_PROVIDER` DISABLE KEYS */;
INSERT INTO `REQUIRED_ACTION_PROVIDER` VALUES
('0064d31d-65da-4a91-a3c8-eeeca2e18885','webauthn-register-passwordless','Webauthn Register Passwordless','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'webauthn-register-passwordless',90),
('1437fe72-3104-44a4-a9f2-8ce97db2f1e7','VERIFY_PROFILE','Verify Profile','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'VERIFY_PROFILE',110),
('20167fd8-106c-444a-a5f3-64bc4155ae32','CONFIGURE_RECOVERY_AUTHN_CODES','Recovery Authentication Codes','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'CONFIGURE_RECOVERY_AUTHN_CODES',130),
('26588ee6-3ca4-4341-a125-4399bf3e8393','update_user_locale','Update User Locale','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'update_user_locale',1000),
('285b56ca-32cc-45c4-9476-90ddc217538a','TERMS_AND_CONDITIONS','Terms and Conditions','d522baac-5120-4b92-868e-a14af5c02a72',0,0,'TERMS_AND_CONDITIONS',20),
('2a89309a-e481-4558-8196-4f61fc627ecd','idp_link','Linking Identity Provider','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'idp_link',120),
('31c58f9a-f111-441e-9a7a-2d73e3ddff07','VERIFY_PROFILE','Verify Profile','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'VERIFY_PROFILE',100),
('344d7707-915f-4e76-9684-5815546b58d0','webauthn-register','Webauthn Register','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'webauthn-register',80),
('3760d496-57d5-4e37-8a2a-4035f4caa210','UPDATE_PASSWORD','Update Password','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'UPDATE_PASSWORD',30),
('4e41c560-ad36-43d7-814b-e92936faed74','secure-access-site-phrase','Secure Access: choose a site phrase and picture','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'secure-access-site-phrase',38),
('54263f8c-406c-4669-96b9-0118c2aa9548','UPDATE_EMAIL','Update Email','d522baac-5120-4b92-868e-a14af5c02a72',0,0,'UPDATE_EMAIL',70),
('5ea6dc23-32cd-4c51-bcc0-ae017ff0d491','VERIFY_EMAIL','Verify Email','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'VERIFY_EMAIL',10),
('631b3306-1122-4e52-964b-fb3e3ce009fb','secure-access-phone','Secure Access: set up text-message security codes','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'secure-access-phone',40),
('69338aa9-1052-4e2d-b0c9-e3ce148d9645','UPDATE_PROFILE','Update Profile','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'UPDATE_PROFILE',40),
('69e3446e-3ad6-4a9b-b4c9-c6f47048413d','CONFIGURE_TOTP','Configure OTP','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'CONFIGURE_TOTP',54),
('7a2f6a84-4090-4335-975a-f6b350822f13','UPDATE_PROFILE','Update Profile','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'UPDATE_PROFILE',20),
('9b14341c-53a2-4fdd-9fa2-eca296a08865','TERMS_AND_CONDITIONS','Terms and Conditions','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,0,'TERMS_AND_CONDITIONS',80),
('9d43f3d8-ef9b-49ff-ae58-ac9d9f285604','delete_account','Delete Account','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,0,'delete_account',60),
('9f208018-cfdd-4459-8980-37994708f3a6','idp_link','Linking Identity Provider','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'idp_link',120),
('a3afe09b-6078-438e-b587-e4dc14df142d','secure-access-verify-identity','Secure Access: verify your identity','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'secure-access-verify-identity',35),
('a48996b1-171c-4c7e-a586-041e8cc3e3bb','webauthn-register','Webauthn Register','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'webauthn-register',60),
('a68c7974-cddb-4f0d-b32e-05482d4dbebf','CONFIGURE_RECOVERY_AUTHN_CODES','Recovery Authentication Codes','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'CONFIGURE_RECOVERY_AUTHN_CODES',70),
('be72d079-bd27-4321-b621-6e9e035720e4','CONFIGURE_TOTP','Configure OTP','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'CONFIGURE_TOTP',50),
('c9d1874c-a1b6-4a21-98c3-764325e82e16','delete_credential','Delete Credential','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'delete_credential',90),
('cdddcb7b-6bd4-4cb5-ab08-a7c46065344f','update_user_locale','Update User Locale','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,0,'update_user_locale',100),
('d0ccb138-7668-4953-b8dc-3e6be0d1ffb4','UPDATE_PASSWORD','Update Password','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'UPDATE_PASSWORD',57),
('f2ac58d5-1765-48f6-83a7-62e17aa4a7cb','delete_credential','Delete Credential','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'delete_credential',110),
('f346cd3a-92d2-4661-97dd-4c269a2a0ba5','delete_account','Delete Account','d522baac-5120-4b92-868e-a14af5c02a72',0,0,'delete_account',60),
('f515bb22-73b9-4adf-8c97-db1831a893cd','VERIFY_EMAIL','Verify Email','d522baac-5120-4b92-868e-a14af5c02a72',1,0,'VERIFY_EMAIL',50);
/*!40000 ALTER TABLE `REQUIRED_ACTION_PROVIDER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_ATTRIBUTE` (
  `ID` varchar(36) NOT NULL DEFAULT 'sybase-needs-something-here',
  `NAME` varchar(255) NOT NULL,
  `VALUE` varchar(255) DEFAULT NULL,
  `RESOURCE_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `FK_5HRM2VLF9QL5FU022KQEPOVBR` (`RESOURCE_ID`),
  CONSTRAINT `FK_5HRM2VLF9QL5FU022KQEPOVBR` FOREIGN KEY (`RESOURCE_ID`) REFERENCES `RESOURCE_SERVER_RESOURCE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `RESOURCE_ATTRIBUTE` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_POLICY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_POLICY` (
  `RESOURCE_ID` varchar(36) NOT NULL,
  `POLICY_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`RESOURCE_ID`,`POLICY_ID`),
  KEY `IDX_RES_POLICY_POLICY` (`POLICY_ID`),
  CONSTRAINT `FK_FRSRPOS53XCX4WNKOG82SSRFY` FOREIGN KEY (`RESOURCE_ID`) REFERENCES `RESOURCE_SERVER_RESOURCE` (`ID`),
  CONSTRAINT `FK_FRSRPP213XCX4WNKOG82SSRFY` FOREIGN KEY (`POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_POLICY` WRITE;
/*!40000 ALTER TABLE `RESOURCE_POLICY` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_POLICY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SCOPE` (
  `RESOURCE_ID` varchar(36) NOT NULL,
  `SCOPE_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`RESOURCE_ID`,`SCOPE_ID`),
  KEY `IDX_RES_SCOPE_SCOPE` (`SCOPE_ID`),
  CONSTRAINT `FK_FRSRPOS13XCX4WNKOG82SSRFY` FOREIGN KEY (`RESOURCE_ID`) REFERENCES `RESOURCE_SERVER_RESOURCE` (`ID`),
  CONSTRAINT `FK_FRSRPS213XCX4WNKOG82SSRFY` FOREIGN KEY (`SCOPE_ID`) REFERENCES `RESOURCE_SERVER_SCOPE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SCOPE` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SCOPE` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SERVER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SERVER` (
  `ID` varchar(36) NOT NULL,
  `ALLOW_RS_REMOTE_MGMT` tinyint(1) NOT NULL DEFAULT 0,
  `POLICY_ENFORCE_MODE` tinyint(4) DEFAULT NULL,
  `DECISION_STRATEGY` tinyint(4) NOT NULL DEFAULT 1,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SERVER` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SERVER` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SERVER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SERVER_PERM_TICKET`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SERVER_PERM_TICKET` (
  `ID` varchar(36) NOT NULL,
  `OWNER` varchar(255) DEFAULT NULL,
  `REQUESTER` varchar(255) DEFAULT NULL,
  `CREATED_TIMESTAMP` bigint(20) NOT NULL,
  `GRANTED_TIMESTAMP` bigint(20) DEFAULT NULL,
  `RESOURCE_ID` varchar(36) NOT NULL,
  `SCOPE_ID` varchar(36) DEFAULT NULL,
  `RESOURCE_SERVER_ID` varchar(36) NOT NULL,
  `POLICY_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_FRSR6T700S9V50BU18WS5PMT` (`OWNER`,`REQUESTER`,`RESOURCE_SERVER_ID`,`RESOURCE_ID`,`SCOPE_ID`),
  KEY `FK_FRSRHO213XCX4WNKOG82SSPMT` (`RESOURCE_SERVER_ID`),
  KEY `FK_FRSRHO213XCX4WNKOG83SSPMT` (`RESOURCE_ID`),
  KEY `FK_FRSRHO213XCX4WNKOG84SSPMT` (`SCOPE_ID`),
  KEY `FK_FRSRPO2128CX4WNKOG82SSRFY` (`POLICY_ID`),
  KEY `IDX_PERM_TICKET_REQUESTER` (`REQUESTER`),
  KEY `IDX_PERM_TICKET_OWNER` (`OWNER`),
  CONSTRAINT `FK_FRSRHO213XCX4WNKOG82SSPMT` FOREIGN KEY (`RESOURCE_SERVER_ID`) REFERENCES `RESOURCE_SERVER` (`ID`),
  CONSTRAINT `FK_FRSRHO213XCX4WNKOG83SSPMT` FOREIGN KEY (`RESOURCE_ID`) REFERENCES `RESOURCE_SERVER_RESOURCE` (`ID`),
  CONSTRAINT `FK_FRSRHO213XCX4WNKOG84SSPMT` FOREIGN KEY (`SCOPE_ID`) REFERENCES `RESOURCE_SERVER_SCOPE` (`ID`),
  CONSTRAINT `FK_FRSRPO2128CX4WNKOG82SSRFY` FOREIGN KEY (`POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SERVER_PERM_TICKET` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SERVER_PERM_TICKET` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SERVER_PERM_TICKET` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SERVER_POLICY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SERVER_POLICY` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `DESCRIPTION` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `TYPE` varchar(255) NOT NULL,
  `DECISION_STRATEGY` tinyint(4) DEFAULT NULL,
  `LOGIC` tinyint(4) DEFAULT NULL,
  `RESOURCE_SERVER_ID` varchar(36) DEFAULT NULL,
  `OWNER` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_FRSRPT700S9V50BU18WS5HA6` (`NAME`,`RESOURCE_SERVER_ID`),
  KEY `IDX_RES_SERV_POL_RES_SERV` (`RESOURCE_SERVER_ID`),
  CONSTRAINT `FK_FRSRPO213XCX4WNKOG82SSRFY` FOREIGN KEY (`RESOURCE_SERVER_ID`) REFERENCES `RESOURCE_SERVER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SERVER_POLICY` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SERVER_POLICY` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SERVER_POLICY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SERVER_RESOURCE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SERVER_RESOURCE` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `TYPE` varchar(255) DEFAULT NULL,
  `ICON_URI` varchar(255) DEFAULT NULL,
  `OWNER` varchar(255) DEFAULT NULL,
  `RESOURCE_SERVER_ID` varchar(36) DEFAULT NULL,
  `OWNER_MANAGED_ACCESS` tinyint(1) NOT NULL DEFAULT 0,
  `DISPLAY_NAME` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_FRSR6T700S9V50BU18WS5HA6` (`NAME`,`OWNER`,`RESOURCE_SERVER_ID`),
  KEY `IDX_RES_SRV_RES_RES_SRV` (`RESOURCE_SERVER_ID`),
  CONSTRAINT `FK_FRSRHO213XCX4WNKOG82SSRFY` FOREIGN KEY (`RESOURCE_SERVER_ID`) REFERENCES `RESOURCE_SERVER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SERVER_RESOURCE` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SERVER_RESOURCE` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SERVER_RESOURCE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_SERVER_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_SERVER_SCOPE` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `ICON_URI` varchar(255) DEFAULT NULL,
  `RESOURCE_SERVER_ID` varchar(36) DEFAULT NULL,
  `DISPLAY_NAME` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_FRSRST700S9V50BU18WS5HA6` (`NAME`,`RESOURCE_SERVER_ID`),
  KEY `IDX_RES_SRV_SCOPE_RES_SRV` (`RESOURCE_SERVER_ID`),
  CONSTRAINT `FK_FRSRSO213XCX4WNKOG82SSRFY` FOREIGN KEY (`RESOURCE_SERVER_ID`) REFERENCES `RESOURCE_SERVER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_SERVER_SCOPE` WRITE;
/*!40000 ALTER TABLE `RESOURCE_SERVER_SCOPE` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_SERVER_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `RESOURCE_URIS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `RESOURCE_URIS` (
  `RESOURCE_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`RESOURCE_ID`,`VALUE`),
  CONSTRAINT `FK_RESOURCE_SERVER_URIS` FOREIGN KEY (`RESOURCE_ID`) REFERENCES `RESOURCE_SERVER_RESOURCE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `RESOURCE_URIS` WRITE;
/*!40000 ALTER TABLE `RESOURCE_URIS` DISABLE KEYS */;
/*!40000 ALTER TABLE `RESOURCE_URIS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `REVOKED_TOKEN`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `REVOKED_TOKEN` (
  `ID` varchar(255) NOT NULL,
  `EXPIRE` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_REV_TOKEN_ON_EXPIRE` (`EXPIRE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `REVOKED_TOKEN` WRITE;
/*!40000 ALTER TABLE `REVOKED_TOKEN` DISABLE KEYS */;
/*!40000 ALTER TABLE `REVOKED_TOKEN` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ROLE_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ROLE_ATTRIBUTE` (
  `ID` varchar(36) NOT NULL,
  `ROLE_ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `VALUE` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_ROLE_ATTRIBUTE` (`ROLE_ID`),
  CONSTRAINT `FK_ROLE_ATTRIBUTE_ID` FOREIGN KEY (`ROLE_ID`) REFERENCES `KEYCLOAK_ROLE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ROLE_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `ROLE_ATTRIBUTE` DISABLE KEYS */;
/*!40000 ALTER TABLE `ROLE_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `ROOT_AUTH_SESSION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `ROOT_AUTH_SESSION` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `TIMESTAMP` bigint(20) DEFAULT NULL,
  `VERSION` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_ROOT_AUTH_SESSION_REALM` (`REALM_ID`,`TIMESTAMP`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `ROOT_AUTH_SESSION` WRITE;
/*!40000 ALTER TABLE `ROOT_AUTH_SESSION` DISABLE KEYS */;
/*!40000 ALTER TABLE `ROOT_AUTH_SESSION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_LOGIN_HISTORY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_LOGIN_HISTORY` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `EVENT_TIME` bigint(20) NOT NULL,
  `KIND` varchar(40) NOT NULL,
  `SUCCESS` tinyint(1) NOT NULL,
  `CLIENT_ID` varchar(255) DEFAULT NULL,
  `IP_ADDRESS` varchar(64) DEFAULT NULL,
  `DEVICE` varchar(120) DEFAULT NULL,
  `DEVICE_FAMILY` varchar(120) DEFAULT NULL,
  `USER_AGENT` varchar(255) DEFAULT NULL,
  `FACTOR` varchar(20) DEFAULT NULL,
  `SESSION_ID` varchar(36) DEFAULT NULL,
  `DETAIL` varchar(80) DEFAULT NULL,
  `ATTEMPTS` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_SA_HISTORY_USER_TIME` (`REALM_ID`,`USER_ID`,`EVENT_TIME`),
  KEY `IDX_SA_HISTORY_TIME` (`EVENT_TIME`),
  KEY `IDX_SA_HISTORY_USER_DEVICE` (`REALM_ID`,`USER_ID`,`DEVICE_FAMILY`,`KIND`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_LOGIN_HISTORY` WRITE;
/*!40000 ALTER TABLE `SA_LOGIN_HISTORY` DISABLE KEYS */;
INSERT INTO `SA_LOGIN_HISTORY` VALUES
('230e1efc-7fd4-4da9-b6bd-02ca16f5993a','8c3b9cdd-827b-4664-83e7-f35c5637fa52','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413620462,'PASSWORD_WRONG',0,'demo-app','127.0.0.1','Other · Other','Other · Other','Java-http-client/17.0.15','pwd',NULL,'invalid_user_credentials',NULL),
('4aa6fecb-2852-4c21-b68e-c4dfcb5f3b60','8c3b9cdd-827b-4664-83e7-f35c5637fa52','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413620208,'SIGN_IN',1,'demo-app','127.0.0.1','Other · Other','Other · Other','Java-http-client/17.0.15','pwd+otp','U3duKQ8Ggl0dBvkQ0EEFPhdl',NULL,NULL),
('aa369da7-f05e-40a7-8a64-f439e1df0ccc','8c3b9cdd-827b-4664-83e7-f35c5637fa52','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413616471,'SIGN_IN',1,'demo-app','127.0.0.1','Other · Other','Other · Other','Java-http-client/17.0.15','pwd+otp','WaRTdLfcGbqQiGCOu6FK-fhw',NULL,NULL),
('dff7c002-0ea8-44b6-9fb1-3e44b026dcf1','8c3b9cdd-827b-4664-83e7-f35c5637fa52','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796413616327,'CODE_WRONG',0,'demo-app','127.0.0.1','Other · Other','Other · Other','Java-http-client/17.0.15','otp',NULL,'invalid_user_credentials',NULL),
('fcb49b88-aeec-4251-b531-9d25a0107a32','8c3b9cdd-827b-4664-83e7-f35c5637fa52','447d6416-baae-42f3-9174-549a9a5b7d52',1796413615593,'IDENTITY_PROOFING',1,NULL,'127.0.0.1','Other · Other','Other · Other','Java-http-client/17.0.15','exception',NULL,NULL,NULL);
/*!40000 ALTER TABLE `SA_LOGIN_HISTORY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_LOGIN_HISTORY_TALLY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_LOGIN_HISTORY_TALLY` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `HOUR_START` bigint(20) NOT NULL,
  `FAILURES` int(11) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_SA_HISTORY_TALLY_HOUR` (`HOUR_START`),
  KEY `IDX_SA_HISTORY_TALLY_USER` (`REALM_ID`,`USER_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_LOGIN_HISTORY_TALLY` WRITE;
/*!40000 ALTER TABLE `SA_LOGIN_HISTORY_TALLY` DISABLE KEYS */;
INSERT INTO `SA_LOGIN_HISTORY_TALLY` VALUES
('6e3c28e2-1554-3cc2-abe6-5179b0eecd10','8c3b9cdd-827b-4664-83e7-f35c5637fa52','728bab6a-54a9-48f6-8037-e81a1ae8f820',1796410800000,2);
/*!40000 ALTER TABLE `SA_LOGIN_HISTORY_TALLY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_PROOFING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_PROOFING` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `STATUS` varchar(20) NOT NULL,
  `VERIFIER` varchar(40) DEFAULT NULL,
  `PERSON_REF` varchar(100) DEFAULT NULL,
  `VERIFIED_PERSON_REF` varchar(100) DEFAULT NULL,
  `GIVEN_NAME` varchar(64) DEFAULT NULL,
  `FAMILY_NAME` varchar(64) DEFAULT NULL,
  `IDENTITY_MATCHED_AT` bigint(20) DEFAULT NULL,
  `ACCOUNT_MATCHED_AT` bigint(20) DEFAULT NULL,
  `METHOD` varchar(20) DEFAULT NULL,
  `LEVEL_REACHED` varchar(80) DEFAULT NULL,
  `VERIFIED_AT` bigint(20) DEFAULT NULL,
  `EXCEPTION_REASON` varchar(255) DEFAULT NULL,
  `EXCEPTION_BY` varchar(36) DEFAULT NULL,
  `LETTER_CODE_HASH` varchar(64) DEFAULT NULL,
  `LETTER_ID` varchar(64) DEFAULT NULL,
  `LETTER_SENT_AT` bigint(20) DEFAULT NULL,
  `LETTER_EXPIRES_AT` bigint(20) DEFAULT NULL,
  `STARTED_AT` bigint(20) NOT NULL,
  `UPDATED_AT` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_SA_PROOFING_USER` (`REALM_ID`,`USER_ID`),
  UNIQUE KEY `UK_SA_PROOFING_PERSON` (`REALM_ID`,`VERIFIED_PERSON_REF`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_PROOFING` WRITE;
/*!40000 ALTER TABLE `SA_PROOFING` DISABLE KEYS */;
INSERT INTO `SA_PROOFING` VALUES
('079c24ea-94ab-4f15-8d5c-8ee3341d8849','8c3b9cdd-827b-4664-83e7-f35c5637fa52','447d6416-baae-42f3-9174-549a9a5b7d52','VERIFIED',NULL,NULL,NULL,'Test','upgrade-phone-person',NULL,NULL,'EXCEPTION','exception',1796413615576,'in-person: Identity seen in person (upgrade fixture)','848f4800-9ed0-4342-b204-1055bcfa6d10',NULL,NULL,NULL,NULL,1796413615576,1796413615577);
/*!40000 ALTER TABLE `SA_PROOFING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_PROOFING_FUNNEL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_PROOFING_FUNNEL` (
  `REALM_ID` varchar(36) NOT NULL,
  `STAGE` varchar(40) NOT NULL,
  `TOTAL` bigint(20) NOT NULL,
  PRIMARY KEY (`REALM_ID`,`STAGE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_PROOFING_FUNNEL` WRITE;
/*!40000 ALTER TABLE `SA_PROOFING_FUNNEL` DISABLE KEYS */;
INSERT INTO `SA_PROOFING_FUNNEL` VALUES
('8c3b9cdd-827b-4664-83e7-f35c5637fa52','COMPLETED_BY_EXCEPTION',1);
/*!40000 ALTER TABLE `SA_PROOFING_FUNNEL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_RECOVERY_CANCEL_LINK`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_RECOVERY_CANCEL_LINK` (
  `TOKEN_HASH` varchar(64) NOT NULL,
  `REQUEST_ID` varchar(36) NOT NULL,
  `CHANNEL` varchar(10) NOT NULL,
  `CREATED_AT` bigint(20) NOT NULL,
  PRIMARY KEY (`TOKEN_HASH`),
  KEY `IDX_SA_RECOVERY_LINK_REQUEST` (`REQUEST_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_RECOVERY_CANCEL_LINK` WRITE;
/*!40000 ALTER TABLE `SA_RECOVERY_CANCEL_LINK` DISABLE KEYS */;
/*!40000 ALTER TABLE `SA_RECOVERY_CANCEL_LINK` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_RECOVERY_REQUEST`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_RECOVERY_REQUEST` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `LIVE_KEY` varchar(36) NOT NULL,
  `ROUTE` varchar(10) NOT NULL,
  `STATUS` varchar(10) NOT NULL,
  `REQUESTED_AT` bigint(20) NOT NULL,
  `READY_AT` bigint(20) DEFAULT NULL,
  `READY_NOTICE_AT` bigint(20) DEFAULT NULL,
  `ENDS_AT` bigint(20) NOT NULL,
  `LETTER_ID` varchar(64) DEFAULT NULL,
  `LETTER_CODE_HASH` varchar(64) DEFAULT NULL,
  `LETTER_SENT_AT` bigint(20) DEFAULT NULL,
  `BASE_URL` varchar(255) NOT NULL,
  `CLOSED_AT` bigint(20) DEFAULT NULL,
  `CLOSED_BY` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_SA_RECOVERY_LIVE` (`REALM_ID`,`LIVE_KEY`),
  KEY `IDX_SA_RECOVERY_USER` (`REALM_ID`,`USER_ID`,`STATUS`),
  KEY `IDX_SA_RECOVERY_READY` (`STATUS`,`READY_AT`),
  KEY `IDX_SA_RECOVERY_ENDS` (`ENDS_AT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_RECOVERY_REQUEST` WRITE;
/*!40000 ALTER TABLE `SA_RECOVERY_REQUEST` DISABLE KEYS */;
/*!40000 ALTER TABLE `SA_RECOVERY_REQUEST` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_REFERENCE_ACCOUNT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_REFERENCE_ACCOUNT` (
  `ID` varchar(36) NOT NULL,
  `PERSON_ID` varchar(36) NOT NULL,
  `ACCOUNT_TYPE` varchar(32) NOT NULL,
  `NUMBER_HASH` varchar(64) NOT NULL,
  `LAST4` varchar(4) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_SA_REF_ACCOUNT_PERSON` (`PERSON_ID`,`ACCOUNT_TYPE`),
  CONSTRAINT `FK_SA_REF_ACCOUNT_PERSON` FOREIGN KEY (`PERSON_ID`) REFERENCES `SA_REFERENCE_PERSON` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_REFERENCE_ACCOUNT` WRITE;
/*!40000 ALTER TABLE `SA_REFERENCE_ACCOUNT` DISABLE KEYS */;
INSERT INTO `SA_REFERENCE_ACCOUNT` VALUES
('90e1f2d7-df04-44a1-a5c3-4ffbcf50a662','7a21cd0f-609c-4ffb-a079-d4fd8a33e379','CREDIT_CARD','63ccdc79cbc4ee3bfd22a137a665cd13e7c3b8ea59c91a14691b86975ac8f4fb','1082'),
('dea053df-978b-467c-841a-661993a42e49','e5f1789b-3578-4aa6-8942-659d153a0da3','CREDIT_CARD','560f10f9ddffc8ff09a892a411bc92106d93ad69854be3b7b17d68b6c36f5a4f','1081');
/*!40000 ALTER TABLE `SA_REFERENCE_ACCOUNT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_REFERENCE_PERSON`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_REFERENCE_PERSON` (
  `ID` varchar(36) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `TAX_ID_HASH` varchar(64) NOT NULL,
  `TAX_ID_LAST4` varchar(4) NOT NULL,
  `NAME_HASH` varchar(64) NOT NULL,
  `DOB_HASH` varchar(64) NOT NULL,
  `FILING_STATUS_HASH` varchar(64) NOT NULL,
  `ADDRESS_HASH` varchar(64) NOT NULL,
  `MAIL_NAME` varchar(64) NOT NULL,
  `MAIL_LINE1` varchar(64) NOT NULL,
  `MAIL_LINE2` varchar(64) DEFAULT NULL,
  `MAIL_CITY` varchar(64) NOT NULL,
  `MAIL_STATE` varchar(2) NOT NULL,
  `MAIL_ZIP` varchar(10) NOT NULL,
  `CREATED_AT` bigint(20) NOT NULL,
  `UPDATED_AT` bigint(20) NOT NULL,
  `IMPORT_BATCH_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_SA_REF_PERSON_TAX_ID` (`REALM_ID`,`TAX_ID_HASH`),
  KEY `IDX_SA_REF_PERSON_BATCH` (`REALM_ID`,`IMPORT_BATCH_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_REFERENCE_PERSON` WRITE;
/*!40000 ALTER TABLE `SA_REFERENCE_PERSON` DISABLE KEYS */;
INSERT INTO `SA_REFERENCE_PERSON` VALUES
('7a21cd0f-609c-4ffb-a079-d4fd8a33e379','8c3b9cdd-827b-4664-83e7-f35c5637fa52','a97fdd4caf1996d1706f6aa5a6ea009cead5746fc3a69c20a7b9a1e188a617fc','4382','93d813a84e715fa1f3059189bdbb90639629b92e6eaaed1f21496550d42b9a93','da143569ac0389c2cc5250f73447c4166dfabc87831afa56df46e107e594dc7e','9f975fa81f311dfa4a8136e4943295bc8207d40b679b81024d60a5b7dbc65b5e','f132daa25bc7fda9d61748d60ac1de024a5cfcd713709e966f633452fe93a710','Ulla Upgrade','82 Testing Road',NULL,'Springfield','IL','62782',1796413615299,1796413615299,'05bfdc73-402d-496e-8671-831798a5d4e6'),
('e5f1789b-3578-4aa6-8942-659d153a0da3','8c3b9cdd-827b-4664-83e7-f35c5637fa52','1f3b9854b402b2f3324255be3d3c6202bf7ee9ec804e4dad7ca987ce310f34da','4381','8b8deb8edf7981f22c3e6e23f911a3ba8727f54ccb254d7543485b9ff88ed7f4','6429b8c743a6dbed7b055cc0b1a118db809b987b27e37a43a8a7ccdc7b41ffdf','9f975fa81f311dfa4a8136e4943295bc8207d40b679b81024d60a5b7dbc65b5e','abb71216e6fee68519df8e0b83f27519232a566b82a1a72216a57f90fdac3704','Uma Upgrade','81 Testing Road',NULL,'Springfield','IL','62781',1796413615299,1796413615299,'05bfdc73-402d-496e-8671-831798a5d4e6');
/*!40000 ALTER TABLE `SA_REFERENCE_PERSON` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_REFERENCE_PHONE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_REFERENCE_PHONE` (
  `ID` varchar(36) NOT NULL,
  `PERSON_ID` varchar(36) NOT NULL,
  `NUMBER_HASH` varchar(64) NOT NULL,
  `LAST4` varchar(4) NOT NULL,
  `LINE_TYPE` varchar(16) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_SA_REF_PHONE_PERSON` (`PERSON_ID`),
  CONSTRAINT `FK_SA_REF_PHONE_PERSON` FOREIGN KEY (`PERSON_ID`) REFERENCES `SA_REFERENCE_PERSON` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_REFERENCE_PHONE` WRITE;
/*!40000 ALTER TABLE `SA_REFERENCE_PHONE` DISABLE KEYS */;
INSERT INTO `SA_REFERENCE_PHONE` VALUES
('11197bd5-ea81-4773-9ee4-043679324269','7a21cd0f-609c-4ffb-a079-d4fd8a33e379','c971051e465b9509d7ad3a84765fb9ba3fb67d24b9940a732d33f37fcfa0400a','0182','MOBILE'),
('757c8c82-eb2f-4878-9087-448c47526c41','e5f1789b-3578-4aa6-8942-659d153a0da3','17ea01817ab00ac95895737be0cadd315df546cc2c75e2735a046f9b637c9f69','0181','MOBILE');
/*!40000 ALTER TABLE `SA_REFERENCE_PHONE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SA_SECURITY_COUNTER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SA_SECURITY_COUNTER` (
  `ID` varchar(64) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  `HITS` int(11) NOT NULL,
  `WINDOW_START` bigint(20) NOT NULL,
  `LOCKED_UNTIL` bigint(20) NOT NULL,
  `LAST_HIT_AT` bigint(20) NOT NULL,
  `EXPIRES_AT` bigint(20) NOT NULL,
  `RUN_TOTAL` int(11) NOT NULL DEFAULT 0,
  PRIMARY KEY (`ID`),
  KEY `IDX_SA_COUNTER_EXPIRES` (`EXPIRES_AT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SA_SECURITY_COUNTER` WRITE;
/*!40000 ALTER TABLE `SA_SECURITY_COUNTER` DISABLE KEYS */;
INSERT INTO `SA_SECURITY_COUNTER` VALUES
('164bbac45819887f749ae18d21e185ba5c3a2276a0cbc2d6b6334ff670e5f80a','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,1796413616119,0,1796413620335,1796414516119,0),
('8b0d73f505ab5ffc9b15d07e9bb19cf517e4a508a0da7e7a78d12e592116746c','8c3b9cdd-827b-4664-83e7-f35c5637fa52',1,1796413616128,0,1796413620337,1796414516128,0),
('f7be8f3c355b576d729723e6c5cc0c559148da0f471ee77b1f0388116d7c5a90','8c3b9cdd-827b-4664-83e7-f35c5637fa52',0,0,0,1796413620170,1796413620176,0);
/*!40000 ALTER TABLE `SA_SECURITY_COUNTER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SCOPE_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SCOPE_MAPPING` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `ROLE_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`CLIENT_ID`,`ROLE_ID`),
  KEY `IDX_SCOPE_MAPPING_ROLE` (`ROLE_ID`),
  CONSTRAINT `FK_OUSE064PLMLR732LXJCN1Q5F1` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SCOPE_MAPPING` WRITE;
/*!40000 ALTER TABLE `SCOPE_MAPPING` DISABLE KEYS */;
INSERT INTO `SCOPE_MAPPING` VALUES
('4b87fe0b-9140-487c-a46a-28a692f7b995','a05a70d4-2714-4522-a25a-98a276df379a'),
('4b87fe0b-9140-487c-a46a-28a692f7b995','c0dba7ad-a674-44bf-b1a1-b9a3676c4694'),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','8d62602b-af5c-4895-9ad5-a65554a0add8'),
('4e372c50-af79-4aa0-ab0e-1780d80fcb7a','c4aa603b-3491-4be8-b5cb-07199a1801ea');
/*!40000 ALTER TABLE `SCOPE_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SCOPE_POLICY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SCOPE_POLICY` (
  `SCOPE_ID` varchar(36) NOT NULL,
  `POLICY_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`SCOPE_ID`,`POLICY_ID`),
  KEY `IDX_SCOPE_POLICY_POLICY` (`POLICY_ID`),
  CONSTRAINT `FK_FRSRASP13XCX4WNKOG82SSRFY` FOREIGN KEY (`POLICY_ID`) REFERENCES `RESOURCE_SERVER_POLICY` (`ID`),
  CONSTRAINT `FK_FRSRPASS3XCX4WNKOG82SSRFY` FOREIGN KEY (`SCOPE_ID`) REFERENCES `RESOURCE_SERVER_SCOPE` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SCOPE_POLICY` WRITE;
/*!40000 ALTER TABLE `SCOPE_POLICY` DISABLE KEYS */;
/*!40000 ALTER TABLE `SCOPE_POLICY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SERVER_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SERVER_CONFIG` (
  `SERVER_CONFIG_KEY` varchar(255) NOT NULL,
  `VALUE` longtext NOT NULL,
  `VERSION` int(11) DEFAULT 0,
  PRIMARY KEY (`SERVER_CONFIG_KEY`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SERVER_CONFIG` WRITE;
/*!40000 ALTER TABLE `SERVER_CONFIG` DISABLE KEYS */;
INSERT INTO `SERVER_CONFIG` VALUES
('crt_jgroups','{\"prvKey\":\"MIIEowIBAAKCAQEA0ylZec1aW+ms1GiLsSMk/rTQ1phKp/B2ObQQFuJsrUy14GyWuWiqoyRRYwniYeG1Kw1pS7lAHXgSCTjtbYXPoHjKwDRFtU6sQPAiUB3eOvNkJyoWsXTH5woBTUDxlWdvJuhZixwVxHLrND78DgkrxIF1wRcRLR45s5P15J2pU9kL9bGM+T6Jaa9zpg06qItRnKo82ZxdCHPKVFoMKiUk0a5Aho1uS4qBiMFm00oMOZfYYgGWCPUQKg/P+lF0NDvy2DFVx3I2bXSBHH327lpqh+ulu/f/kQKHnVa4U9sM+8KcyH4Ba6sgeBdd5fbVEVE61GXtldM/lTQ7gJpriE8cZQIDAQABAoIBACUUo0pA1efDCp8INtOl5Ma3kN7GQoHoN5KdfJ/QJh5ulJey6eroJuLcK1CVeUQQAyTqx31NLCWgoqYs8YCkmVfILm5/H2idxqDmqlfgTtiSShmYigCijcIUHzNmPqYqUjoGXkcP6QCk34m+r7t1P9LTmw6L0u/V2XMf/fOl/gijiDRVAOloEM9ZUWDwNrbPN3hMQGbe8G6jrpka+5V8KS6z9X0UZLjy6Uqp7LWdRCN0zzrNOtiYEMteLzKS1DdYpaBAr8S/VAF0+929uRnY97PekfrmzEs0g/k6UsljJhjEXqvRzGL8hiNt9+TvHxCx7e5j/+T0lyOf7VNSbpxr27ECgYEA/xixdut80ronwfQW1jWysnWP7ttoB6MkvK1dNgo7RTJzoU204OdJqyDH+IufDZjclEOR0TLxuqbs8WdGB3/iuUR497GoordgumwR2SxxMJgG9sWkW4kxiWG5LfWOysxu/YWoFMrCxxTYw0qMGXUClQt5i+mV+KLkVb7VfhSU7F0CgYEA0+jRkU/mqCPD9ditRYRo4bgICZxjWf+jWrvlRn48UZr/2RFdWx9qN8pj1v6msiKsae6UH8ZuyckNCPpHyiCPQdqsRvaneH0kkxls17r90tOgLIha7r0GE1CvdUPLiqAvO0pYBCr97GnLDEzwMDV10TXBehCYbsU4nqtXVKtiL6kCgYBFTuI4mzao0mcm7TifLqvEjOh0TyxulsbOdJPUsOb1oAWGl+RDDtQXKKrsPpMSUKvtpIYjvqGqwtuxowuF0hs5lv7+3UgiHYysWdxnkwmV2FhcB8rmC9pnpyN29za6ptypCP1n2Mce6+0Q8loqOH5hHGMDvo0+ppM/MMA0p0bnCQKBgC3rACZFswxyG49VMU6j/3oRv6QdgCXLUCFkH61jwzxHovLtYVZSe1i1gWbf7U0iWEvoB67O98i/yRRN72psHb6+XKBP6EAild9OHhitCz044DdmIJYk3YEn9a0qUJusVC+7z1Cv5C/rSLVUoqM/olUAGfmSSQWPtNIk/Jp7PJ5pAoGBAISbXGwV8XRogIp0N4w6aFYpaoMMbzBeHRFX6kOu88gymLGZ7QvkSuMrySNOtc2OMNFac2IDUpsjA/Q1MWTgGzHn2MdJAwm08GvslNYKVSFpk9lLt+WMGae8Vmew7rOC58Pk2bDeCLpWcF3EDLOS7Apw2xk/XVibpQqobgJOacyB\",\"pubKey\":\"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA0ylZec1aW+ms1GiLsSMk/rTQ1phKp/B2ObQQFuJsrUy14GyWuWiqoyRRYwniYeG1Kw1pS7lAHXgSCTjtbYXPoHjKwDRFtU6sQPAiUB3eOvNkJyoWsXTH5woBTUDxlWdvJuhZixwVxHLrND78DgkrxIF1wRcRLR45s5P15J2pU9kL9bGM+T6Jaa9zpg06qItRnKo82ZxdCHPKVFoMKiUk0a5Aho1uS4qBiMFm00oMOZfYYgGWCPUQKg/P+lF0NDvy2DFVx3I2bXSBHH327lpqh+ulu/f/kQKHnVa4U9sM+8KcyH4Ba6sgeBdd5fbVEVE61GXtldM/lTQ7gJpriE8cZQIDAQAB\",\"crt\":\"MIICnTCCAYUCBgGiQphJYTANBgkqhkiG9w0BAQsFADASMRAwDgYDVQQDDAdqZ3JvdXBzMB4XDTI2MTIwNDE5NDUwNloXDTI3MDIwMjE5NDY0NFowEjEQMA4GA1UEAwwHamdyb3VwczCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBANMpWXnNWlvprNRoi7EjJP600NaYSqfwdjm0EBbibK1MteBslrloqqMkUWMJ4mHhtSsNaUu5QB14Egk47W2Fz6B4ysA0RbVOrEDwIlAd3jrzZCcqFrF0x+cKAU1A8ZVnbyboWYscFcRy6zQ+/A4JK8SBdcEXES0eObOT9eSdqVPZC/WxjPk+iWmvc6YNOqiLUZyqPNmcXQhzylRaDColJNGuQIaNbkuKgYjBZtNKDDmX2GIBlgj1ECoPz/pRdDQ78tgxVcdyNm10gRx99u5aaofrpbv3/5ECh51WuFPbDPvCnMh+AWurIHgXXeX21RFROtRl7ZXTP5U0O4Caa4hPHGUCAwEAATANBgkqhkiG9w0BAQsFAAOCAQEAc5Ef81REIlDF2O2/SlLgBTI18KtR0zt544A0HH97LWQx1HCATTwKDbMzaSgRGORaSmw65RH9Je5nRVmyC9ScBMg4OeBkx1HcYrIheLiaO1itcqPKplqvl3QF5/A3VSm2kok8Hc5dhMMVg/KVgSTeOimypdelAz7rJO0wQgsUY+Jyjm4hQePJUZ8x2Sc0e43X/xRCT66u2W7M21ESTWfqEsWgO72DnsMjnRt9MWQbYBVezLBBPnESbKjN31H8Sl0L7jAh//dAc+0k860oLZFpICK93aK+iofHZUyojIhJDj+rr+xsfNmN8uCT+XBaBvQlthP/cSgGayc7WqwHsPcFcA==\",\"alias\":\"51ac4fb4-ea1c-4ec6-9a37-c8188b46ceea\",\"generatedMillis\":1796413606305}',0),
('JGROUPS_ADDRESS_SEQUENCE','1',1);
/*!40000 ALTER TABLE `SERVER_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `SINGLE_USE_OBJECT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `SINGLE_USE_OBJECT` (
  `ID` varchar(255) NOT NULL,
  `NOTES` text DEFAULT NULL,
  `EXPIRE` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_SINGLE_USE_OBJ_EXPIRE` (`EXPIRE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `SINGLE_USE_OBJECT` WRITE;
/*!40000 ALTER TABLE `SINGLE_USE_OBJECT` DISABLE KEYS */;
/*!40000 ALTER TABLE `SINGLE_USE_OBJECT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_ATTRIBUTE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_ATTRIBUTE` (
  `NAME` varchar(255) NOT NULL,
  `VALUE` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `ID` varchar(36) NOT NULL DEFAULT 'sybase-needs-something-here',
  `LONG_VALUE_HASH` binary(64) DEFAULT NULL,
  `LONG_VALUE_HASH_LOWER_CASE` binary(64) DEFAULT NULL,
  `LONG_VALUE` longtext CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_USER_ATTRIBUTE` (`USER_ID`),
  KEY `IDX_USER_ATTRIBUTE_NAME` (`NAME`,`VALUE`),
  KEY `USER_ATTR_LONG_VALUES` (`LONG_VALUE_HASH`,`NAME`),
  KEY `USER_ATTR_LONG_VALUES_LOWER_CASE` (`LONG_VALUE_HASH_LOWER_CASE`,`NAME`),
  CONSTRAINT `FK_5HRM2VLF9QL5FU043KQEPOVBR` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_ATTRIBUTE` WRITE;
/*!40000 ALTER TABLE `USER_ATTRIBUTE` DISABLE KEYS */;
INSERT INTO `USER_ATTRIBUTE` VALUES
('secure-access.phone-lookup','57294fd721147ac95ed95253c0e3aa6e30be8c4f718cb152a35215c527723040','447d6416-baae-42f3-9174-549a9a5b7d52','1d34386f-1975-410a-b266-8d1a286920d2',NULL,NULL,NULL),
('siteImage','lighthouse','447d6416-baae-42f3-9174-549a9a5b7d52','26d6e55f-80a1-47c2-adab-a1991a716b93',NULL,NULL,NULL),
('priorIdentityProofing','get-transcript-online','85d1e736-e063-4405-80ad-390b018dc50d','29067853-1e05-4018-afe2-a50be692ceff',NULL,NULL,NULL),
('priorIdentityProofing','get-transcript-online','a8c5e3b8-0547-4a18-8afe-306584fda2c9','4cfd544a-5c33-483c-b63d-1cb324d042df',NULL,NULL,NULL),
('siteImage','lighthouse','728bab6a-54a9-48f6-8037-e81a1ae8f820','6db2eb3f-6cba-4dac-8496-019b3352ae86',NULL,NULL,NULL),
('is_temporary_admin','true','848f4800-9ed0-4342-b204-1055bcfa6d10','74d0f671-421c-4cba-a18b-7b769de24a22',NULL,NULL,NULL),
('phoneNumber','+12025550143','a8c5e3b8-0547-4a18-8afe-306584fda2c9','78fbe03f-c5b8-43b6-9f81-4269512b5c5d',NULL,NULL,NULL),
('sitePhrase','Phrase of upgrade-phone-person','447d6416-baae-42f3-9174-549a9a5b7d52','81e2d15a-3c93-4d45-a027-bb5dcfdbe17f',NULL,NULL,NULL),
('sitePhrase','Phrase of upgrade-app-person','728bab6a-54a9-48f6-8037-e81a1ae8f820','d17c317e-d009-4dfd-a7db-4f110d012876',NULL,NULL,NULL),
('priorIdentityProofing','get-transcript-online','728bab6a-54a9-48f6-8037-e81a1ae8f820','e4f3c35e-1476-4b8e-94d2-67ddeb198bd2',NULL,NULL,NULL);
/*!40000 ALTER TABLE `USER_ATTRIBUTE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_CONSENT`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_CONSENT` (
  `ID` varchar(36) NOT NULL,
  `CLIENT_ID` varchar(255) DEFAULT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `LAST_UPDATED_DATE` bigint(20) DEFAULT NULL,
  `CLIENT_STORAGE_PROVIDER` varchar(36) DEFAULT NULL,
  `EXTERNAL_CLIENT_ID` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_LOCAL_CONSENT` (`CLIENT_ID`,`USER_ID`),
  UNIQUE KEY `UK_EXTERNAL_CONSENT` (`CLIENT_STORAGE_PROVIDER`,`EXTERNAL_CLIENT_ID`,`USER_ID`),
  KEY `IDX_USER_CONSENT` (`USER_ID`),
  CONSTRAINT `FK_GRNTCSNT_USER` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_CONSENT` WRITE;
/*!40000 ALTER TABLE `USER_CONSENT` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_CONSENT` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_CONSENT_CLIENT_SCOPE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_CONSENT_CLIENT_SCOPE` (
  `USER_CONSENT_ID` varchar(36) NOT NULL,
  `SCOPE_ID` varchar(36) NOT NULL,
  `PARAMETER` varchar(255) NOT NULL DEFAULT '#N A#',
  PRIMARY KEY (`USER_CONSENT_ID`,`SCOPE_ID`,`PARAMETER`),
  KEY `IDX_USCONSENT_CLSCOPE` (`USER_CONSENT_ID`),
  KEY `IDX_USCONSENT_SCOPE_ID` (`SCOPE_ID`),
  CONSTRAINT `FK_GRNTCSNT_CLSC_USC` FOREIGN KEY (`USER_CONSENT_ID`) REFERENCES `USER_CONSENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_CONSENT_CLIENT_SCOPE` WRITE;
/*!40000 ALTER TABLE `USER_CONSENT_CLIENT_SCOPE` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_CONSENT_CLIENT_SCOPE` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_ENTITY`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_ENTITY` (
  `ID` varchar(36) NOT NULL,
  `EMAIL` varchar(255) DEFAULT NULL,
  `EMAIL_CONSTRAINT` varchar(255) DEFAULT NULL,
  `EMAIL_VERIFIED` tinyint(1) NOT NULL DEFAULT 0,
  `ENABLED` tinyint(1) NOT NULL DEFAULT 0,
  `FEDERATION_LINK` varchar(255) DEFAULT NULL,
  `FIRST_NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `LAST_NAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `REALM_ID` varchar(255) DEFAULT NULL,
  `USERNAME` varchar(255) CHARACTER SET utf8mb3 COLLATE utf8mb3_general_ci DEFAULT NULL,
  `CREATED_TIMESTAMP` bigint(20) DEFAULT NULL,
  `SERVICE_ACCOUNT_CLIENT_LINK` varchar(255) DEFAULT NULL,
  `NOT_BEFORE` int(11) NOT NULL DEFAULT 0,
  `LAST_MODIFIED_TIMESTAMP` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_DYKN684SL8UP1CRFEI6ECKHD7` (`REALM_ID`,`EMAIL_CONSTRAINT`),
  UNIQUE KEY `UK_RU8TT6T700S9V50BU18WS5HA6` (`REALM_ID`,`USERNAME`),
  KEY `IDX_USER_EMAIL` (`EMAIL`),
  KEY `IDX_USER_SERVICE_ACCOUNT` (`REALM_ID`,`SERVICE_ACCOUNT_CLIENT_LINK`),
  KEY `IDX_USER_CREATED_TIMESTAMP` (`REALM_ID`,`CREATED_TIMESTAMP`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_ENTITY` WRITE;
/*!40000 ALTER TABLE `USER_ENTITY` DISABLE KEYS */;
INSERT INTO `USER_ENTITY` VALUES
('447d6416-baae-42f3-9174-549a9a5b7d52','upgrade-phone-person@example.com','upgrade-phone-person@example.com',1,1,NULL,'Test','upgrade-phone-person','8c3b9cdd-827b-4664-83e7-f35c5637fa52','upgrade-phone-person',1796413615379,NULL,0,1796413615379),
('48ef0874-2d06-41de-b556-94048ceae6d0','jordan.letter@example.com','jordan.letter@example.com',1,1,NULL,'Jordan','Letter','8c3b9cdd-827b-4664-83e7-f35c5637fa52','jordan.letter',1796413612177,NULL,0,1796413612177),
('5f36ebbe-7863-4027-ba49-dcfe6bf4da7a','riley.records@example.com','riley.records@example.com',1,1,NULL,'Riley','Records','8c3b9cdd-827b-4664-83e7-f35c5637fa52','riley.records',1796413612088,NULL,0,1796413612088),
('728bab6a-54a9-48f6-8037-e81a1ae8f820','upgrade-app-person@example.com','upgrade-app-person@example.com',1,1,NULL,'Test','upgrade-app-person','8c3b9cdd-827b-4664-83e7-f35c5637fa52','upgrade-app-person',1796413615836,NULL,0,1796413615836),
('848f4800-9ed0-4342-b204-1055bcfa6d10',NULL,'cb6c5be1-1cff-4c5e-9e2b-1ee44f28230f',0,1,NULL,NULL,NULL,'d522baac-5120-4b92-868e-a14af5c02a72','admin',1796413613929,NULL,0,1796413613929),
('85d1e736-e063-4405-80ad-390b018dc50d','alex.app@example.com','alex.app@example.com',1,1,NULL,'Alex','App','8c3b9cdd-827b-4664-83e7-f35c5637fa52','alex.app',1796413611987,NULL,0,1796413611987),
('a8c5e3b8-0547-4a18-8afe-306584fda2c9','pat.phone@example.com','pat.phone@example.com',1,1,NULL,'Pat','Phone','8c3b9cdd-827b-4664-83e7-f35c5637fa52','pat.phone',1796413611865,NULL,0,1796413611865);
/*!40000 ALTER TABLE `USER_ENTITY` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_FEDERATION_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_FEDERATION_CONFIG` (
  `USER_FEDERATION_PROVIDER_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`USER_FEDERATION_PROVIDER_ID`,`NAME`),
  CONSTRAINT `FK_T13HPU1J94R2EBPEKR39X5EU5` FOREIGN KEY (`USER_FEDERATION_PROVIDER_ID`) REFERENCES `USER_FEDERATION_PROVIDER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_FEDERATION_CONFIG` WRITE;
/*!40000 ALTER TABLE `USER_FEDERATION_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_FEDERATION_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_FEDERATION_MAPPER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_FEDERATION_MAPPER` (
  `ID` varchar(36) NOT NULL,
  `NAME` varchar(255) NOT NULL,
  `FEDERATION_PROVIDER_ID` varchar(36) NOT NULL,
  `FEDERATION_MAPPER_TYPE` varchar(255) NOT NULL,
  `REALM_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_USR_FED_MAP_FED_PRV` (`FEDERATION_PROVIDER_ID`),
  KEY `IDX_USR_FED_MAP_REALM` (`REALM_ID`),
  CONSTRAINT `FK_FEDMAPPERPM_FEDPRV` FOREIGN KEY (`FEDERATION_PROVIDER_ID`) REFERENCES `USER_FEDERATION_PROVIDER` (`ID`),
  CONSTRAINT `FK_FEDMAPPERPM_REALM` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_FEDERATION_MAPPER` WRITE;
/*!40000 ALTER TABLE `USER_FEDERATION_MAPPER` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_FEDERATION_MAPPER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_FEDERATION_MAPPER_CONFIG`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_FEDERATION_MAPPER_CONFIG` (
  `USER_FEDERATION_MAPPER_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) DEFAULT NULL,
  `NAME` varchar(255) NOT NULL,
  PRIMARY KEY (`USER_FEDERATION_MAPPER_ID`,`NAME`),
  CONSTRAINT `FK_FEDMAPPER_CFG` FOREIGN KEY (`USER_FEDERATION_MAPPER_ID`) REFERENCES `USER_FEDERATION_MAPPER` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_FEDERATION_MAPPER_CONFIG` WRITE;
/*!40000 ALTER TABLE `USER_FEDERATION_MAPPER_CONFIG` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_FEDERATION_MAPPER_CONFIG` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_FEDERATION_PROVIDER`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_FEDERATION_PROVIDER` (
  `ID` varchar(36) NOT NULL,
  `CHANGED_SYNC_PERIOD` int(11) DEFAULT NULL,
  `DISPLAY_NAME` varchar(255) DEFAULT NULL,
  `FULL_SYNC_PERIOD` int(11) DEFAULT NULL,
  `LAST_SYNC` int(11) DEFAULT NULL,
  `PRIORITY` int(11) DEFAULT NULL,
  `PROVIDER_NAME` varchar(255) DEFAULT NULL,
  `REALM_ID` varchar(36) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `IDX_USR_FED_PRV_REALM` (`REALM_ID`),
  CONSTRAINT `FK_1FJ32F6PTOLW2QY60CD8N01E8` FOREIGN KEY (`REALM_ID`) REFERENCES `REALM` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_FEDERATION_PROVIDER` WRITE;
/*!40000 ALTER TABLE `USER_FEDERATION_PROVIDER` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_FEDERATION_PROVIDER` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_GROUP_MEMBERSHIP`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_GROUP_MEMBERSHIP` (
  `GROUP_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `MEMBERSHIP_TYPE` varchar(255) NOT NULL,
  PRIMARY KEY (`GROUP_ID`,`USER_ID`),
  KEY `IDX_USER_GROUP_MAPPING` (`USER_ID`),
  CONSTRAINT `FK_USER_GROUP_USER` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_GROUP_MEMBERSHIP` WRITE;
/*!40000 ALTER TABLE `USER_GROUP_MEMBERSHIP` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_GROUP_MEMBERSHIP` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_REQUIRED_ACTION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_REQUIRED_ACTION` (
  `USER_ID` varchar(36) NOT NULL,
  `REQUIRED_ACTION` varchar(255) NOT NULL DEFAULT ' ',
  PRIMARY KEY (`REQUIRED_ACTION`,`USER_ID`),
  KEY `IDX_USER_REQACTIONS` (`USER_ID`),
  CONSTRAINT `FK_6QJ3W1JW9CVAFHE19BWSIUVMD` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_REQUIRED_ACTION` WRITE;
/*!40000 ALTER TABLE `USER_REQUIRED_ACTION` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_REQUIRED_ACTION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_ROLE_MAPPING`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_ROLE_MAPPING` (
  `ROLE_ID` varchar(255) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  PRIMARY KEY (`ROLE_ID`,`USER_ID`),
  KEY `IDX_USER_ROLE_MAPPING` (`USER_ID`),
  CONSTRAINT `FK_C4FQV34P1MBYLLOXANG7B1Q3L` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_ROLE_MAPPING` WRITE;
/*!40000 ALTER TABLE `USER_ROLE_MAPPING` DISABLE KEYS */;
INSERT INTO `USER_ROLE_MAPPING` VALUES
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','447d6416-baae-42f3-9174-549a9a5b7d52'),
('4f69aeed-1c1d-45af-8cc3-a356d1fce854','728bab6a-54a9-48f6-8037-e81a1ae8f820'),
('880c7ca9-045a-40d2-9d30-140acd277f0c','848f4800-9ed0-4342-b204-1055bcfa6d10'),
('d59f9aa5-f6c0-4c08-93e0-b6cb58a5998a','848f4800-9ed0-4342-b204-1055bcfa6d10');
/*!40000 ALTER TABLE `USER_ROLE_MAPPING` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `USER_VER_CREDENTIAL`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `USER_VER_CREDENTIAL` (
  `ID` varchar(36) NOT NULL,
  `CLIENT_SCOPE_ID` varchar(36) NOT NULL,
  `USER_ID` varchar(36) NOT NULL,
  `REVISION` varchar(36) NOT NULL,
  `CREATED_DATE` bigint(20) DEFAULT NULL,
  `UPDATED_DATE` bigint(20) DEFAULT NULL,
  `USER_ATTRIBUTES` text DEFAULT NULL,
  `VERSION` int(11) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `UK_KKUWUVD67ONTGSUGOGM8UEWRE` (`USER_ID`,`CLIENT_SCOPE_ID`),
  CONSTRAINT `FK_VCRED_USER` FOREIGN KEY (`USER_ID`) REFERENCES `USER_ENTITY` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `USER_VER_CREDENTIAL` WRITE;
/*!40000 ALTER TABLE `USER_VER_CREDENTIAL` DISABLE KEYS */;
/*!40000 ALTER TABLE `USER_VER_CREDENTIAL` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `WEB_ORIGINS`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `WEB_ORIGINS` (
  `CLIENT_ID` varchar(36) NOT NULL,
  `VALUE` varchar(255) NOT NULL,
  PRIMARY KEY (`CLIENT_ID`,`VALUE`),
  KEY `IDX_WEB_ORIG_CLIENT` (`CLIENT_ID`),
  CONSTRAINT `FK_LOJPHO213XCX4WNKOG82SSRFY` FOREIGN KEY (`CLIENT_ID`) REFERENCES `CLIENT` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `WEB_ORIGINS` WRITE;
/*!40000 ALTER TABLE `WEB_ORIGINS` DISABLE KEYS */;
INSERT INTO `WEB_ORIGINS` VALUES
('a4c79078-6af2-490f-98f6-b2128743e381','+'),
('c1e5ca14-9c3f-4c34-8fe9-082e6abfe4d6','+'),
('f988e782-04fa-4304-90e5-337bd614713c','+');
/*!40000 ALTER TABLE `WEB_ORIGINS` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `WORKFLOW_STATE`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `WORKFLOW_STATE` (
  `EXECUTION_ID` varchar(255) NOT NULL,
  `RESOURCE_ID` varchar(255) NOT NULL,
  `WORKFLOW_ID` varchar(255) NOT NULL,
  `RESOURCE_TYPE` varchar(255) DEFAULT NULL,
  `SCHEDULED_STEP_ID` varchar(255) DEFAULT NULL,
  `SCHEDULED_STEP_TIMESTAMP` bigint(20) DEFAULT NULL,
  PRIMARY KEY (`EXECUTION_ID`),
  UNIQUE KEY `UQ_WORKFLOW_RESOURCE` (`WORKFLOW_ID`,`RESOURCE_ID`),
  KEY `IDX_WORKFLOW_STATE_STEP` (`WORKFLOW_ID`,`SCHEDULED_STEP_ID`),
  KEY `IDX_WORKFLOW_STATE_PROVIDER` (`RESOURCE_ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `WORKFLOW_STATE` WRITE;
/*!40000 ALTER TABLE `WORKFLOW_STATE` DISABLE KEYS */;
/*!40000 ALTER TABLE `WORKFLOW_STATE` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

