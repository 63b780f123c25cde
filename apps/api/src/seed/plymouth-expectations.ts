import type { ExpectationAreaText } from '@send/domain';

/*
 * Plymouth City Council's "Expectations of school’s SEND education and training provision" (the
 * Plymouth Local Offer, referring to section 4.32 of the SEND Code of Practice 2015): its eleven areas
 * and the statements under "Schools and settings will:", as the council wrote them. Only the
 * document's line breaks are folded into spaces (apps/api/test/schools.spec.ts reads the document
 * and checks every word against this).
 */

export const PLYMOUTH_EXPECTATIONS_TITLE = 'Expectations of school’s SEND education and training provision';

export const PLYMOUTH_EXPECTATIONS_INTRODUCTION = "This section of the Plymouth Local Offer refers to section 4.32 of the Special Educational Needs and Disability Code of Practice: 0 to 25 years (2015). The information contained in this document, produced in consultation with primary and secondary settings, sets out how schools are expected to use delegated budgets to ensure that the needs of pupils with SEND are met.";

export const PLYMOUTH_EXPECTATIONS: readonly ExpectationAreaText[] = [
  {
    "number": 1,
    "title": "Identifying the particular SEN of children and young people",
    "introduction": null,
    "statements": [
      "Monitor the progress of all pupils; some children and young people with SEND can be identified at birth. Other difficulties only become evident as children grow and develop",
      "Listen to the child/young person",
      "Listen to parent/carers",
      "Be able to distinguish between pupils who may need some support within the classroom and within the differentiated curriculum, and pupils with Special Educational Needs",
      "Identify barriers to learning using their knowledge and understanding of the four primary areas of need; the areas of need are: Communication and interaction; Cognition and learning; Social, emotional and mental health difficulties; Sensory and/or physical",
      "In consultation with parents, decide whether SEN support is required and carry out further assessment to identify barriers to learning and the nature of their child’s difficulties",
      "Pay regard to advice and information from parents and previous settings at transition points; liaising as necessary to continue the use of successful strategies and person centred approaches",
      "Provide teaching and support staff with comprehensive guidance around identification processes",
      "Have clear processes for staff and parent/carers to raise concerns",
      "Refer to appropriate checklists and information around the different SEN areas of need",
      "Use a range of appropriate screening and assessments to identify needs",
      "Gather evidence around a child/young person’s needs",
      "When appropriate, seek advice from advisory services and outside agencies including the Educational Psychology Service, CAMHS, Speech and Language Service, Local Authority support services etc. in order to gain a better understanding of a pupil’s needs",
      "Designate a teacher to be responsible for co-ordinating SEN provision (the SEN co-ordinator, or SENCO)",
      "Consult with parents/carers when they are making special educational provision for their child and have processes in place for them to provide feedback about provision",
      "Consult with pupils when they are making special educational provision for them and have processes in place for the pupils to provide feedback",
      "Identify the nature of each child/young person’s SEN needs; sometimes a child or young person can have needs in more than one area which requires an individualised approach",
      "Regularly review their SEND register and other processes used for identifying and making needs known"
    ],
    "localAuthority": null
  },
  {
    "number": 2,
    "title": "Consulting with parents of disabled children with SEN and disabled young people with SEN or disabilities",
    "introduction": "Parents know their child best and it is important that all professionals listen and understand when parents express concerns about them. They should also listen to and address any concerns raised by children and young people themselves. Schools must provide an annual report for parents on their child’s progress. Most schools will want to go beyond this and provide regular updates for parents on how their child is progressing.",
    "statements": [
      "Make arrangements for providing children, their parents, and young people with SEN or disabilities with advice and information about matters relating to SEN and disability",
      "Ensure decisions are informed by the insights of parents, children and young people themselves",
      "Inform parents when they are making special educational provision for their child and have processes in place for engagement with children and young people and their families to provide feedback on provision",
      "Ensure parents are fully aware of the planned support and interventions and, where appropriate, plan to seek parental involvement to reinforce or contribute to progress at home",
      "Ensure a clear date for reviewing progress is agreed and the parent, pupil and teaching staff are clear about how they will help the pupil reach the expected targets or outcomes",
      "Be aware that a child’s parents, young people and schools have specific rights to request an assessment for an EHC plan. Children, their parents and young people should also feel able to tell their school if they believe they have or may have SEN",
      "Carry out annual reviews through an appropriate person centred planning processes",
      "Identify aspirational key outcomes and secure appropriate provision to achieve those outcomes",
      "Hold regular parent meetings, with the child or young person, as appropriate, to discuss pupil progress",
      "Establish processes to facilitate feedback from all pupils, including pupils with SEN, for example pupil voice, pupil forums and school councils",
      "Develop an appropriate person-centred planning approach to put the child or young person and their family at the heart of planning and reviewing provision",
      "Encourage the active participation of the child and their parent/carer"
    ],
    "localAuthority": null
  },
  {
    "number": 3,
    "title": "Securing the services, provision and equipment required by children and young people with SEN or disabilities",
    "introduction": null,
    "statements": [
      "Promote the health and wellbeing of each child or young person by supporting them to access extra-curricular activities",
      "Use their best endeavours to make sure that a child with SEN gets the support they need from within the school’s own resources",
      "Carry out their duty to make reasonable adjustments under the Equality Act 2010",
      "Review attendance and exclusion data for SEN pupils. Where relevant, external professionals should be consulted.",
      "Understand the processes that govern access to external support services and agencies and access the training and support that they can offer their staff",
      "Where appropriate, seek further advice from advisory services and outside agencies about removing barriers to learning linked to different areas of need",
      "Pay regard to the criteria, and understand the processes for, accessing additional funding held by the Local Authority in its High Needs block to provide additional support for pupils and young people with an exceptional level of need"
    ],
    "localAuthority": null
  },
  {
    "number": 4,
    "title": "Supporting disabled children and young people and those with SEN in moving between phases of education and preparing for adulthood and independent living",
    "introduction": null,
    "statements": [
      "Share advice and information from parents, previous settings and supporting professionals at transition points, liaising as necessary to continue the use of successful strategies and approaches",
      "Provide children and young people with SEN or disabilities and their parents with relevant advice and information",
      "Develop an appropriate person-centred planning approach to all transitions between schools, key stages or phases; the child or young person and family should be at the heart of the planning process",
      "Engage with the local processes within the Universal and Transition Plus 1, 2 and 3 transition framework",
      "Begin transition planning as early as required",
      "Establish clear links with receiving and feeder schools or settings.",
      "Monitor the on-going transition process, building on previous assessments and reviews",
      "Carry out annual reviews through an appropriate person-centred planning processes",
      "Identify aspirational key outcomes and secure appropriate provision to achieve those"
    ],
    "localAuthority": null
  },
  {
    "number": 5,
    "title": "Approaches to teaching, adaptations to the curriculum and the learning environment for children and young people with SEN or disabilities and additional learning support for those with SEN",
    "introduction": "Every school is required to meet the SEN of the children or young people that they support",
    "statements": [
      "Ensure all pupils access good quality teaching which takes account of pupils’ differing needs",
      "Ensure a bespoke, tailored and personalised approach for individuals with complex needs",
      "Use their best endeavours to secure the special educational provision called for by the child or young person’s needs.",
      "Make appropriate use of the resources in their delegated budgets to support children and young people with additional needs",
      "Recognise a child or young person’s lack of adequate progress and review their needs.",
      "Differentiate lessons to match the child/young person’s level of learning",
      "Have a consistent graduated approach to meeting pupil need, for example, by reviewing class teaching and access strategies before moving on to develop a more individualised approach",
      "Use their knowledge and understanding of the four primary areas of need to plan provision and to focus on interventions that are relevant and evidence-based",
      "Refer to the comprehensive range of examples of best practice within Local Authority guidance documents",
      "Tailor provision to provide an individualised support programme for more complex pupils",
      "Where and when needed, seek further advice from advisory services and outside agencies about removing barriers to learning linked to different areas of need"
    ],
    "localAuthority": null
  },
  {
    "number": 6,
    "title": "Enabling available facilities to be accessed by disabled children and young people and those with SEN (this should include ancillary aids and assistive technology, including Augmentative and Alternative Communication (AAC))",
    "introduction": null,
    "statements": [
      "Make appropriate use of the resources in their delegated budgets to support children and young people with additional needs",
      "Be able to demonstrate how resources have been appropriately used",
      "Use their best endeavours to make sure that a child with SEND gets the support they need through a graduated approach",
      "Carry out their duty to make reasonable adjustments under the Equality Act 2010"
    ],
    "localAuthority": null
  },
  {
    "number": 7,
    "title": "Assessing and reviewing pupils’ and students’ progress towards outcomes, including how schools work with parents and young people in doing so",
    "introduction": null,
    "statements": [
      "Ensure that they have procedures in place for consulting and working with parents/carers and young people",
      "Track and monitor the child/young person’s progress on a regular basis",
      "Set up/review ‘additional to’ or ‘different from’ provision in the light of the information gathered",
      "Identify aspirational key outcomes to achieve and steps to achieve these",
      "Ensure robust use of school/setting data to identify and monitor progress of pupils with SEND",
      "Ensure that every teacher is responsible for pupil progress in their own class and feeds into wider school processes that monitor pupil progress",
      "Ensure that high expectations are in place and progress is considered against all pupils nationally with similar starting points",
      "Have clear monitoring processes in place, including scrutiny of pupil books and work, ensuring that all staff are clear about what is expected and adjust practice accordingly",
      "Evaluate the impact of interventions through pre- and post- assessment data analysis",
      "Gather pupil feedback as part of the process to review interventions and provision",
      "Hold regular parent meetings, with the child or young person, as appropriate, to discuss pupil progress",
      "Regularly evaluate progress towards personalised targets with the child or young person",
      "Regularly review and evaluate the impact of SEND provision on the progress, attainment and well-being of SEND pupils",
      "Track the progress of different pupil groups and cohorts, for example Autism Spectrum Disorder (ASD), Dyslexic pupils, Moderate Learning Difficulties (MLD) etc",
      "Pay regard to the criteria and understand the processes for accessing the additional funding that the Local Authority holds in its High Needs block to provide additional support for pupils with an exceptional level of need across all phases of education.",
      "Appropriately follow advice provided by supporting professionals",
      "Ensure that provision outlined in Education Health and Care plans is reviewed, and where appropriate, secured and implemented"
    ],
    "localAuthority": null
  },
  {
    "number": 8,
    "title": "Securing expertise among teachers, lecturers or other professionals to support children and young people with SEN or disabilities – this should include professional development to secure expertise at different levels; awareness, enhanced, specialist",
    "introduction": null,
    "statements": [
      "Regularly audit and review staff training needs and provide relevant training",
      "Use their best endeavours to secure the special educational provision called for by the child or young person’s needs.",
      "Provide staff with information about effective strategies to use within their class",
      "Work to the principle that ‘All teachers are teachers of children with special educational needs’ to ensure that all teachers and staff will be equipped to deal with a diverse range of needs",
      "Acknowledge the key role of the Special Educational Needs Co-ordinator (SENCO) in providing professional guidance to colleagues and contributing to professional development",
      "Ensure that the SENCO has sufficient designated time to fulfil their role adequately",
      "Ensure their SENCO, if new to the role in a mainstream school, completes the National Qualification for SEN Coordination, within the designated timeframe, and is provided with adequate support to do so",
      "Ensure all staff (both teaching and non-teaching) have had training to develop knowledge of the four areas of need and the nature of the difficulties linked to each area. For example, online training materials such as the Inclusion Development programme and Advanced Training Materials",
      "Have clear systems in place for evaluating provision by reviewing staff expertise. For example, through classroom observations, and/or work scrutiny"
    ],
    "localAuthority": null
  },
  {
    "number": 9,
    "title": "Assessing and evaluating the effectiveness of the education and training provision the local authority makes for children and young people with SEN or disabilities",
    "introduction": null,
    "statements": [
      "Have clear systems in place for evaluating provision by reviewing staff expertise. For example, through classroom observations, and/or work scrutiny",
      "Regularly review and evaluate the impact of SEND provision on the progress, attainment and well-being of SEND pupils",
      "Review attendance and exclusion data for SEND pupils",
      "Track the progress of different pupil groups and cohorts, for example Autism Spectrum Condition (ASC), Dyslexic pupils, Moderate Learning Difficulties (MLD) etc",
      "Monitor the impact and success of specific interventions through comparison of pre and post intervention data",
      "Use the feedback from PCC SEND audits for Primary and Secondary schools to inform their evaluation of provision"
    ],
    "localAuthority": {
      "introduction": "The Local Authority will, through quality assurance, ensure that the processes described above are in place. This will include:",
      "commitments": [
        "Supporting schools through carrying out SEND Audits to assess and evaluate the effectiveness of education and training provision",
        "Ensuring annual reviews for pupils with EHC Plans take place and are of high quality",
        "Delivering the National Qualification for SEN Coordination as designated providers in conjunction with the South West Consortium",
        "Supporting schools in developing effective SEND provision",
        "Offering central and school-based training",
        "Responding to feedback from training and support to further enhance practice"
      ]
    }
  },
  {
    "number": 10,
    "title": "Activities that are available to disabled children and young people and those with SEN, including physical activities and extra-curricular activities",
    "introduction": null,
    "statements": [
      "Carry out their duties under the Equality Act 2010",
      "Promote positive outcomes in the wider areas of personal and social development and ensure that the approaches used are based on the best possible evidence and are having the required impact",
      "Promote the health and wellbeing of each child or young person by supporting them to access extra-curricular activities and wider community groups",
      "Monitor SEND pupils engagement with extra-curricular activities",
      "Review accessibility plans regularly",
      "Ensure that children and young people with SEND engage in the activities of the school and the community alongside pupils who do not have SEND"
    ],
    "localAuthority": null
  },
  {
    "number": 11,
    "title": "Supporting the emotional, mental and social development of disabled children and young people and those with SEN (this should include extra pastoral support arrangements for listening to the views of pupils and students with SEN and measures to prevent bullying)",
    "introduction": null,
    "statements": [
      "Promote the health and wellbeing of each child or young person by supporting them to access extra-curricular activities",
      "Regularly review and evaluate the impact of SEND provision on the progress, attainment and well-being of SEND pupils",
      "Review attendance and exclusion data for SEND pupils",
      "Provide a safe environment for children and young people and recognise that the wellbeing of all children and young people includes physical, mental and emotional wellbeing as well as protection from abuse",
      "Be aware that children may experience a wide range of social and emotional difficulties which manifest in many ways. clear processes should be in place to support these needs",
      "Be alert to other events or situations such as bereavement and bullying which can lead to learning and/or mental health difficulties. Have clear processes and understanding of the support available to meet these needs",
      "Assess pupils displaying disruptive or withdrawn behaviours to determine any underlying learning, communication or mental health difficulties",
      "Ensure appropriate provision is in place, such as additional pastoral support for those pupils identified with social, emotional and mental health difficulties",
      "Have in place clear processes to support children and young people, including how they will manage the effect of any disruptive behaviour so it does not adversely affect other pupils",
      "Regularly review their anti-bullying and behaviour policies",
      "Establish processes to facilitate feedback from all pupils, including pupils with SEND, for example pupil voice",
      "Have pupil forums, school councils, pupil feedback processes in place which are appropriate to the age of the children and young people",
      "Where appropriate seek further advice from advisory services and outside agencies about removing barriers to learning linked to emotional, mental and social development"
    ],
    "localAuthority": null
  }
];
